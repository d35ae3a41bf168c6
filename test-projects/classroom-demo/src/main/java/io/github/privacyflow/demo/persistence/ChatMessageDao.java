package io.github.privacyflow.demo.persistence;

import io.github.privacyflow.demo.chat.ChatMessage;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Chat history of rooms. */
public class ChatMessageDao extends AbstractJpaDao<ChatMessage> {

    public ChatMessageDao(EntityManager em) {
        super(em, ChatMessage.class);
    }

    public List<ChatMessage> latest(String roomId, int limit) {
        return em.createQuery("SELECT m FROM ChatMessage m WHERE m.roomId = :roomId ORDER BY m.sentAt DESC", ChatMessage.class)
                .setParameter("roomId", roomId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** A moderator takes a single message down. */
    public void delete(ChatMessage message) {
        em.remove(message);
    }
}
