package io.github.privacyflow.demo.logging;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the operation log of the classroom (the "AUDIT" appender in logback.xml): who opened
 * or closed which room and what the system did, by identifier only.
 */
public class AuditTrail {

    private static final Logger AUDIT = LoggerFactory.getLogger("audit");

    public void roomOpened(String roomId, int capacity) {
        AUDIT.info("room.opened room={} capacity={}", roomId, capacity);
    }

    public void roomClosed(String roomId, Duration lasted, int peakParticipants) {
        AUDIT.info("room.closed room={} minutes={} peak={}", roomId, lasted.toMinutes(), peakParticipants);
    }

    public void recordingStored(String roomId, long recordingId, long sizeBytes) {
        AUDIT.info("recording.stored room={} recording={} bytes={}", roomId, recordingId, sizeBytes); // expect PF005
    }

    public void recordingsErased(String roomId, int count) {
        AUDIT.info("recording.erased room={} count={}", roomId, count);
    }

    public void participantRemoved(String roomId, long participantRowId) {
        AUDIT.info("participant.removed room={} row={}", roomId, participantRowId);
    }
}
