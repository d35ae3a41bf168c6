package io.github.privacyflow.sinks.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.rabbitmq.client.Channel;
import io.github.privacyflow.sinks.model.Learner;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.io.IOException;
import java.util.Map;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Events the classroom back end publishes for other services: chat lines to the moderation
 * pipeline (Kafka), hand raises to the teacher console (Spring Kafka), attendance to the school's
 * records system (JMS), presence to the room cluster (RabbitMQ). The agreement names no processor
 * for message brokers, so every flow lacks both a purpose and a permitted processor.
 */
public class MessagingSinks {

    private final Producer<String, String> chatProducer;
    private final KafkaTemplate<String, String> kafkaTemplate;
    private final Session jmsSession;
    private final MessageProducer attendanceProducer;
    private final javax.jms.JMSContext legacyJmsContext;
    private final javax.jms.Queue legacyRosterQueue;
    private final JmsTemplate jmsTemplate;
    private final Channel presenceChannel;
    private final RabbitTemplate rabbitTemplate;

    public MessagingSinks(Producer<String, String> chatProducer, KafkaTemplate<String, String> kafkaTemplate,
                          Session jmsSession, MessageProducer attendanceProducer,
                          javax.jms.JMSContext legacyJmsContext, javax.jms.Queue legacyRosterQueue,
                          JmsTemplate jmsTemplate, Channel presenceChannel, RabbitTemplate rabbitTemplate) {
        this.chatProducer = chatProducer;
        this.kafkaTemplate = kafkaTemplate;
        this.jmsSession = jmsSession;
        this.attendanceProducer = attendanceProducer;
        this.legacyJmsContext = legacyJmsContext;
        this.legacyRosterQueue = legacyRosterQueue;
        this.jmsTemplate = jmsTemplate;
        this.presenceChannel = presenceChannel;
        this.rabbitTemplate = rabbitTemplate;
    }

    public void submitForModeration(Learner author, String roomId, String text) {
        String payload = "{\"room\":\"" + roomId + "\",\"author\":\"" + author.getNickname() + "\",\"ip\":\"" + author.getClientIp() + "\",\"text\":\"" + text + "\"}";
        chatProducer.send(new ProducerRecord<>("chat-moderation", roomId, payload)); // expect PF005
    }

    public void publishRoomLoad(String roomId, int participants) {
        chatProducer.send(new ProducerRecord<>("room-metrics", roomId, Integer.toString(participants)));
    }

    public void raiseHand(Learner learner, String roomId) {
        kafkaTemplate.send("hand-raise", roomId, learner.getNickname()); // expect repeat PF005
        kafkaTemplate.send("hand-raise-count", roomId, "1");
    }

    public void reportAttendance(Learner learner, String roomId, long minutes) throws JMSException {
        String json = String.format("{\"room\":\"%s\",\"email\":\"%s\",\"minutes\":%d}", roomId, learner.getEmail(), minutes);
        attendanceProducer.send(jmsSession.createTextMessage(json)); // expect PF005
    }

    public void rosterChanged(Learner learner) {
        legacyJmsContext.createProducer().send(legacyRosterQueue, Map.of("email", learner.getEmail(), "change", "joined")); // expect repeat PF005
    }

    public void requestCertificate(Learner learner, String courseId) {
        jmsTemplate.convertAndSend("certificates.requested", Map.of("course", courseId, "nickname", learner.getNickname(), "email", learner.getEmail())); // expect PF005
        jmsTemplate.convertAndSend("certificates.stats", Map.of("course", courseId));
    }

    public void announcePresence(Learner learner, String roomId) throws IOException {
        String presence = "{\"room\":\"" + roomId + "\",\"nickname\":\"" + learner.getNickname() + "\",\"online\":true}";
        presenceChannel.basicPublish("classroom.presence", "room." + roomId, null, presence.getBytes(UTF_8)); // expect repeat PF005
    }

    public void kickFromRoom(Learner learner, String roomId) {
        rabbitTemplate.convertAndSend("classroom.control", "room." + roomId + ".kick", Map.of("nickname", learner.getNickname())); // expect repeat PF005
        rabbitTemplate.convertAndSend("classroom.control", "room." + roomId + ".refresh", roomId);
    }
}
