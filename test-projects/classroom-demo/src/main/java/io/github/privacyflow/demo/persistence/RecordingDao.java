package io.github.privacyflow.demo.persistence;

import io.github.privacyflow.demo.recording.Recording;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.Root;
import java.util.List;

/** Class recordings' metadata; the media itself lives in object storage. */
public class RecordingDao extends AbstractJpaDao<Recording> {

    public RecordingDao(EntityManager em) {
        super(em, Recording.class);
    }

    public List<Recording> ofRoom(String roomId) {
        return em.createQuery("SELECT r FROM Recording r WHERE r.roomId = :roomId ORDER BY r.startedAt", Recording.class)
                .setParameter("roomId", roomId)
                .getResultList();
    }

    /** Deletes the metadata rows of a room's recordings; the caller deletes the objects. */
    public int deleteAllOfRoom(String roomId) {
        CriteriaBuilder builder = em.getCriteriaBuilder();
        CriteriaDelete<Recording> delete = builder.createCriteriaDelete(Recording.class);
        Root<Recording> recording = delete.from(Recording.class);
        delete.where(builder.equal(recording.get("roomId"), roomId));
        return em.createQuery(delete).executeUpdate();
    }
}
