package io.github.privacyflow.demo.room;

import io.github.privacyflow.annotations.Purpose;
import io.github.privacyflow.demo.logging.AuditTrail;
import io.github.privacyflow.demo.logging.RequestLogContext;
import io.github.privacyflow.demo.persistence.RoomDao;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Schedules, opens and closes live rooms. */
@Purpose("provide-feature")
public class RoomService {

    private static final Logger log = LoggerFactory.getLogger(RoomService.class);

    private final RoomDao roomDao;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final Map<String, Integer> peakParticipants = new ConcurrentHashMap<>();

    public RoomService(RoomDao roomDao, AuditTrail auditTrail, Clock clock) {
        this.roomDao = roomDao;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    public LiveRoom schedule(String roomName, String courseId, String lessonId, String courseTitle, Instant start,
            RoomSettings settings) {
        String roomId = UUID.randomUUID().toString();
        LiveRoom room = roomDao.save(new LiveRoom(roomId, roomName, courseId, lessonId, courseTitle, start, settings));
        log.info("Scheduled room {} for course {} at {}", roomId, courseId, start);
        return room;
    }

    public LiveRoom open(String roomId) {
        try (RequestLogContext ignored = RequestLogContext.forRoom(roomId)) {
            LiveRoom room = find(roomId);
            room.open(clock.instant());
            auditTrail.roomOpened(roomId, room.getCapacity());
            log.debug("Room {} opened with capacity {}", roomId, room.getCapacity());
            return roomDao.update(room);
        }
    }

    public void participantCountChanged(String roomId, int count) {
        peakParticipants.merge(roomId, count, Math::max);
    }

    public void close(String roomId) {
        try (RequestLogContext ignored = RequestLogContext.forRoom(roomId)) {
            LiveRoom room = find(roomId);
            room.close(clock.instant());
            roomDao.update(room);
            Duration lasted = Duration.between(room.getOpenedAt(), room.getClosedAt());
            auditTrail.roomClosed(roomId, lasted, peakParticipants.getOrDefault(roomId, 0));
            peakParticipants.remove(roomId);
        }
    }

    public List<LiveRoom> openRooms() {
        return roomDao.findByStatus(RoomStatus.OPEN);
    }

    private LiveRoom find(String roomId) {
        return roomDao.findById(roomId).orElseThrow(() -> new RoomNotFoundException(roomId));
    }

    /** Thrown when a room id names no room. */
    public static final class RoomNotFoundException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String roomId;

        public RoomNotFoundException(String roomId) {
            super("No room " + roomId);
            this.roomId = roomId;
        }

        public String roomId() {
            return roomId;
        }
    }
}
