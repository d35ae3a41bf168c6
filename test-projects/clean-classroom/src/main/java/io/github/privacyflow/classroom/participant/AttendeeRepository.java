package io.github.privacyflow.classroom.participant;

import io.github.privacyflow.annotations.Erases;
import io.github.privacyflow.annotations.Purpose;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** Stores attendees in MySQL through JPA. */
@Purpose("provide-feature")
public class AttendeeRepository {

    private final EntityManager em;

    public AttendeeRepository(EntityManager em) {
        this.em = em;
    }

    public Attendee save(Attendee attendee) {
        em.persist(attendee);
        return attendee;
    }

    public List<Attendee> joinedBefore(Instant cutoff) {
        return em.createQuery("SELECT a FROM Attendee a WHERE a.joinedAt < :cutoff", Attendee.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
    }

    @Erases(Attendee.class)
    public void delete(Attendee attendee) {
        em.remove(attendee);
    }
}
