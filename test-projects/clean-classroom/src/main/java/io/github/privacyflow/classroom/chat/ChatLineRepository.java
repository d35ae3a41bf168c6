package io.github.privacyflow.classroom.chat;

import io.github.privacyflow.annotations.Purpose;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** Chat history in MySQL; lines older than 30 days are purged nightly. */
@Purpose("provide-feature")
public class ChatLineRepository {

    private static final String PURGE = "DELETE FROM ChatLine c WHERE c.sentAt < :cutoff";

    private final EntityManager em;

    public ChatLineRepository(EntityManager em) {
        this.em = em;
    }

    public ChatLine save(ChatLine line) {
        em.persist(line);
        return line;
    }

    public List<ChatLine> history(String roomId, int limit) {
        return em.createQuery("SELECT c FROM ChatLine c WHERE c.roomId = :roomId ORDER BY c.sentAt DESC", ChatLine.class)
                .setParameter("roomId", roomId)
                .setMaxResults(limit)
                .getResultList();
    }

    public int purgeOlderThan(Instant cutoff) {
        return em.createQuery(PURGE).setParameter("cutoff", cutoff).executeUpdate();
    }
}
