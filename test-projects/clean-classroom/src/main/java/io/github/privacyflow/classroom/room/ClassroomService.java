package io.github.privacyflow.classroom.room;

import io.github.privacyflow.annotations.Purpose;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Schedules classrooms and moves them through their life cycle. */
@Purpose("provide-feature")
public class ClassroomService {

    private static final Logger log = LoggerFactory.getLogger(ClassroomService.class);

    private final EntityManager em;

    public ClassroomService(EntityManager em) {
        this.em = em;
    }

    public Classroom schedule(String roomName, String courseTitle, Instant startsAt, int seats) {
        Classroom room = new Classroom(UUID.randomUUID().toString(), roomName, courseTitle, startsAt, seats);
        em.persist(room);
        log.info("Scheduled room {} at {}", room.getRoomId(), startsAt);
        return room;
    }

    public void goLive(String roomId) {
        Classroom room = em.find(Classroom.class, roomId);
        room.goLive();
        log.info("Room {} is live", roomId);
    }

    public void end(String roomId) {
        Classroom room = em.find(Classroom.class, roomId);
        room.end();
        log.info("Room {} ended", roomId);
    }
}
