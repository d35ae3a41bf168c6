package io.github.privacyflow.sinks.push;

import com.eatthepath.pushy.apns.ApnsClient;
import com.eatthepath.pushy.apns.util.SimpleApnsPayloadBuilder;
import com.eatthepath.pushy.apns.util.SimpleApnsPushNotification;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.Notification;
import io.github.privacyflow.sinks.model.Learner;
import io.github.privacyflow.sinks.model.LiveRoom;
import java.util.List;

/**
 * Push notifications to the teacher's and learners' phones: a raised hand (Firebase Cloud
 * Messaging on Android, Pushy on iOS) and the room's opening. The agreement names no processor
 * for push notifications, so every flow lacks both a purpose and a permitted processor.
 */
public class PushSinks {

    private static final String APP_TOPIC = "edu.example-school.classroom";

    private final FirebaseMessaging firebase;
    private final ApnsClient apns;

    public PushSinks(FirebaseMessaging firebase, ApnsClient apns) {
        this.firebase = firebase;
        this.apns = apns;
    }

    public String notifyHandRaised(Learner learner, String teacherDeviceToken) throws FirebaseMessagingException {
        Message message = Message.builder()
                .setToken(teacherDeviceToken)
                .setNotification(Notification.builder().setTitle("Hand raised").setBody(learner.getNickname() + " raised a hand").build())
                .putData("room", "live")
                .build();
        return firebase.send(message); // expect PF005
    }

    public void notifyHandRaisedOnIos(Learner learner, String teacherDeviceToken) {
        String payload = new SimpleApnsPayloadBuilder().setAlertBody(learner.getNickname() + " raised a hand").build();
        apns.sendNotification(new SimpleApnsPushNotification(teacherDeviceToken, APP_TOPIC, payload)); // expect repeat PF005
    }

    public void followLearner(Learner learner, List<String> parentDeviceTokens) throws FirebaseMessagingException {
        firebase.subscribeToTopic(parentDeviceTokens, "learner-" + learner.getNickname()); // expect repeat PF005
    }

    /** The room's opening goes to everyone who follows the room: no one's data in it. */
    public String announceRoom(LiveRoom room) throws FirebaseMessagingException {
        Message message = Message.builder()
                .setTopic("room-" + room.getRoomId())
                .setNotification(Notification.builder().setTitle(room.getTitle() + " is open").build())
                .build();
        return firebase.send(message);
    }
}
