package io.github.privacyflow.demo.persistence;

import io.github.privacyflow.demo.attendance.AttendanceRecord;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Attendance rows, one per participant and room. */
public class AttendanceRecordDao extends AbstractJpaDao<AttendanceRecord> {

    public AttendanceRecordDao(EntityManager em) {
        super(em, AttendanceRecord.class);
    }

    public List<AttendanceRecord> ofRoom(String roomId) {
        return em.createQuery("SELECT a FROM AttendanceRecord a WHERE a.roomId = :roomId", AttendanceRecord.class)
                .setParameter("roomId", roomId)
                .getResultList();
    }

    public long countOfRoom(String roomId) {
        return em.createQuery("SELECT COUNT(a) FROM AttendanceRecord a WHERE a.roomId = :roomId", Long.class)
                .setParameter("roomId", roomId)
                .getSingleResult();
    }
}
