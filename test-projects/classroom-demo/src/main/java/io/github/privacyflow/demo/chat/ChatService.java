package io.github.privacyflow.demo.chat;

import io.github.privacyflow.demo.persistence.ChatMessageDao;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Posts, moderates and lists chat messages. */
public class ChatService {

    private static final Logger log = LoggerFactory.getLogger(ChatService.class);
    private static final int MAX_LENGTH = 2000;
    private static final int HISTORY_SIZE = 200;

    private final ChatMessageDao chatMessageDao;
    private final ProfanityFilter profanityFilter;
    private final Clock clock;

    /** Display names of the people in open rooms; cleared when a room closes. */
    @SuppressWarnings("PF002")
    private final Map<String, String> nicknameByParticipant = new ConcurrentHashMap<>(); // expect suppressed PF002

    public ChatService(ChatMessageDao chatMessageDao, ProfanityFilter profanityFilter, Clock clock) {
        this.chatMessageDao = chatMessageDao;
        this.profanityFilter = profanityFilter;
        this.clock = clock;
    }

    public void joined(String participantId, String nickname) {
        nicknameByParticipant.put(participantId, nickname);
    }

    public ChatMessage post(String roomId, String senderId, String text, MessageVisibility visibility) {
        if (text.isBlank() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a message has 1 to " + MAX_LENGTH + " characters");
        }
        String nickname = nicknameByParticipant.getOrDefault(senderId, "guest");
        ChatMessage message = new ChatMessage(roomId, senderId, nickname, profanityFilter.mask(text), visibility,
                clock.instant());
        return chatMessageDao.save(message);
    }

    public List<ChatMessage> history(String roomId) {
        return chatMessageDao.latest(roomId, HISTORY_SIZE).stream().filter(message -> !message.isHidden()).toList();
    }

    public void takeDown(long messageId) {
        chatMessageDao.findById(messageId).ifPresent(message -> {
            chatMessageDao.delete(message);
            log.info("Message {} in room {} taken down by a moderator", messageId, message.getRoomId());
        });
    }

    public void roomClosed(List<String> participantIds) {
        participantIds.forEach(nicknameByParticipant::remove);
    }
}
