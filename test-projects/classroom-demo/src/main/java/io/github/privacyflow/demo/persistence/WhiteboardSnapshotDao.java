package io.github.privacyflow.demo.persistence;

import io.github.privacyflow.demo.whiteboard.WhiteboardSnapshot;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Saved whiteboard pages. */
public class WhiteboardSnapshotDao extends AbstractJpaDao<WhiteboardSnapshot> {

    private static final String DELETE_OF_ROOM = "DELETE FROM whiteboard_snapshot WHERE room_id = ?1";

    public WhiteboardSnapshotDao(EntityManager em) {
        super(em, WhiteboardSnapshot.class);
    }

    public List<WhiteboardSnapshot> ofRoom(String roomId) {
        return em.createQuery("SELECT s FROM WhiteboardSnapshot s WHERE s.roomId = :roomId ORDER BY s.pageIndex",
                        WhiteboardSnapshot.class)
                .setParameter("roomId", roomId)
                .getResultList();
    }

    public int deleteAllOfRoom(String roomId) {
        return em.createNativeQuery(DELETE_OF_ROOM).setParameter(1, roomId).executeUpdate();
    }
}
