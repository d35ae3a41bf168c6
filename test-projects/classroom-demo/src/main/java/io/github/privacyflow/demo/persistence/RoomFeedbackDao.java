package io.github.privacyflow.demo.persistence;

import io.github.privacyflow.demo.room.RoomFeedback;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * Feedback participants leave when a room closes. Unsent drafts are purged; submitted
 * feedback is kept.
 */
public class RoomFeedbackDao extends AbstractJpaDao<RoomFeedback> {

    private static final String PURGE_DRAFTS = "DELETE FROM room_feedback_draft WHERE saved_at < ?1";

    public RoomFeedbackDao(EntityManager em) {
        super(em, RoomFeedback.class);
    }

    public double averageRating(String roomId) {
        Double average = em.createQuery("SELECT AVG(f.rating) FROM RoomFeedback f WHERE f.roomId = :roomId", Double.class)
                .setParameter("roomId", roomId)
                .getSingleResult();
        return average == null ? 0 : average;
    }

    public int purgeDrafts(Instant cutoff) {
        return em.createNativeQuery(PURGE_DRAFTS).setParameter(1, cutoff).executeUpdate();
    }
}
