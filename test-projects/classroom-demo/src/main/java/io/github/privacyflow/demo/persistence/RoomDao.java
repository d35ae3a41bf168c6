package io.github.privacyflow.demo.persistence;

import io.github.privacyflow.demo.room.BreakoutAssignment;
import io.github.privacyflow.demo.room.LiveRoom;
import io.github.privacyflow.demo.room.RoomStatus;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Rooms and their breakout assignments. */
public class RoomDao extends AbstractJpaDao<LiveRoom> {

    public RoomDao(EntityManager em) {
        super(em, LiveRoom.class);
    }

    public List<LiveRoom> findByStatus(RoomStatus status) {
        return em.createQuery("SELECT r FROM LiveRoom r WHERE r.status = :status ORDER BY r.scheduledStart", LiveRoom.class)
                .setParameter("status", status)
                .getResultList();
    }

    public void saveAssignment(BreakoutAssignment assignment) {
        em.persist(assignment); // expect PF003
    }

    public List<BreakoutAssignment> assignmentsOf(String roomId) {
        return em.createQuery("SELECT a FROM BreakoutAssignment a WHERE a.roomId = :roomId", BreakoutAssignment.class)
                .setParameter("roomId", roomId)
                .getResultList();
    }
}
