package io.github.privacyflow.classroom.participant;

import io.github.privacyflow.annotations.Erases;
import io.github.privacyflow.annotations.Purpose;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** Stores attendance records and deletes them when their 180 days are over. */
@Purpose("provide-feature")
public class AttendanceRecords {

    private final EntityManager em;

    public AttendanceRecords(EntityManager em) {
        this.em = em;
    }

    public void save(AttendanceRecord record) {
        em.persist(record);
    }

    @Erases(AttendanceRecord.class)
    public int purgeJoinedBefore(Instant cutoff) {
        return em.createQuery("DELETE FROM AttendanceRecord r WHERE r.joinedAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
