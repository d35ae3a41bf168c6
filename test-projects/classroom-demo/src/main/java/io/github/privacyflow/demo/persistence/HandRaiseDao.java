package io.github.privacyflow.demo.persistence;

import io.github.privacyflow.demo.room.HandRaiseEvent;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** Raised hands, kept 90 days for the teacher's participation statistics. */
public class HandRaiseDao extends AbstractJpaDao<HandRaiseEvent> {

    public HandRaiseDao(EntityManager em) {
        super(em, HandRaiseEvent.class);
    }

    public List<Long> idsRaisedBefore(Instant cutoff) {
        return em.createQuery("SELECT h.id FROM HandRaiseEvent h WHERE h.raisedAt < :cutoff", Long.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
    }

    public void delete(long id) {
        em.remove(em.find(HandRaiseEvent.class, id));
    }
}
