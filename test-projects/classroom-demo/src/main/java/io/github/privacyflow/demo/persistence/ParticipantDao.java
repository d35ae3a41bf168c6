package io.github.privacyflow.demo.persistence;

import io.github.privacyflow.demo.participant.Participant;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** Participants of rooms. */
public class ParticipantDao extends AbstractJpaDao<Participant> {

    public ParticipantDao(EntityManager em) {
        super(em, Participant.class);
    }

    public List<Participant> inRoom(String roomId) {
        return em.createQuery("SELECT p FROM Participant p WHERE p.roomId = :roomId", Participant.class)
                .setParameter("roomId", roomId)
                .getResultList();
    }

    public List<Participant> joinedBefore(Instant cutoff) {
        return em.createQuery("SELECT p FROM Participant p WHERE p.joinedAt < :cutoff", Participant.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
    }

    public void delete(Participant participant) {
        em.remove(participant);
    }
}
