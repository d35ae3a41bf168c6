package io.github.privacyflow.demo.quality;

import io.github.privacyflow.annotations.Purpose;
import io.github.privacyflow.annotations.Sink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Batches product metrics (room sizes and quality levels, no people) for the product team's
 * analytics dashboard.
 */
public class UsageTelemetryClient {

    private static final int BATCH_SIZE = 50;

    private final List<Map<String, Object>> batch = new ArrayList<>();
    private final String projectToken;

    public UsageTelemetryClient(String projectToken) {
        this.projectToken = projectToken;
    }

    @Purpose("analytics") // expect PF008
    @Sink(processor = "mixpanel") // expect PF008
    public void trackRoomMetrics(int participantCount, QualityLevel worstLevel, long durationMinutes) {
        batch.add(Map.of("event", "room_metrics", "participants", participantCount, "worst_quality", worstLevel.name(),
                "minutes", durationMinutes, "token", projectToken));
        if (batch.size() >= BATCH_SIZE) {
            flush();
        }
    }

    public int pending() {
        return batch.size();
    }

    public void flush() {
        batch.clear();
    }
}
