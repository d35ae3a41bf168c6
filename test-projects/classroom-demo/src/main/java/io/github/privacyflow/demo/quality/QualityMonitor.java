package io.github.privacyflow.demo.quality;

import io.github.privacyflow.demo.persistence.ConnectionLogDao;
import java.time.Clock;
import java.time.Duration;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the last minute of samples per room, warns about bad connections, and purges old connection logs. */
public class QualityMonitor {

    private static final Logger log = LoggerFactory.getLogger(QualityMonitor.class);
    private static final int WINDOW = 12;
    private static final Duration CONNECTION_LOG_RETENTION = Duration.ofDays(30);

    private final Map<String, Deque<NetworkQualityStats>> samplesByRoom = new ConcurrentHashMap<>();
    private final ConnectionLogDao connectionLogDao;
    private final UsageTelemetryClient telemetry;
    private final Clock clock;

    public QualityMonitor(ConnectionLogDao connectionLogDao, UsageTelemetryClient telemetry, Clock clock) {
        this.connectionLogDao = connectionLogDao;
        this.telemetry = telemetry;
        this.clock = clock;
    }

    public QualityLevel accept(NetworkQualityStats sample) {
        Deque<NetworkQualityStats> window = samplesByRoom.computeIfAbsent(sample.roomId(),
                ignored -> new ConcurrentLinkedDeque<>());
        window.addLast(sample);
        while (window.size() > WINDOW) {
            window.pollFirst();
        }
        QualityLevel level = sample.level();
        if (level.needsAttention()) {
            log.warn("Room {}: {} connection to {} (rtt {} ms, loss {}%)", sample.roomId(), level, sample.hostName(),
                    sample.roundTripMillis(), sample.packetLossPercent());
        }
        return level;
    }

    public Map<QualityLevel, Integer> distribution(String roomId) {
        Map<QualityLevel, Integer> counts = new EnumMap<>(QualityLevel.class);
        for (NetworkQualityStats sample : samplesByRoom.getOrDefault(roomId, new ConcurrentLinkedDeque<>())) {
            counts.merge(sample.level(), 1, Integer::sum);
        }
        return counts;
    }

    public void roomClosed(String roomId, int participantCount, long durationMinutes) {
        QualityLevel worst = QualityLevel.EXCELLENT;
        for (QualityLevel level : distribution(roomId).keySet()) {
            if (level.ordinal() > worst.ordinal()) {
                worst = level;
            }
        }
        telemetry.trackRoomMetrics(participantCount, worst, durationMinutes);
        samplesByRoom.remove(roomId);
    }

    /** Nightly. */
    public int purgeConnectionLogs() {
        int purged = connectionLogDao.purgeOlderThan(clock.instant().minus(CONNECTION_LOG_RETENTION));
        log.info("Purged {} connection log rows", purged);
        return purged;
    }
}
