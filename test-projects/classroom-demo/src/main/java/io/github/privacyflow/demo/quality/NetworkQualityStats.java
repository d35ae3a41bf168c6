package io.github.privacyflow.demo.quality;

import java.time.Instant;

/**
 * The statistics a client reports every five seconds about its media connection.
 *
 * @param roomId the room
 * @param ipAddress the public address the client connects from
 * @param hostName the media server it is connected to
 * @param roundTripMillis round trip time
 * @param latencyMillis one-way audio latency
 * @param jitterMillis inter-arrival jitter
 * @param packetLossPercent lost packets in the last window
 * @param bitrateKbps received video bitrate
 * @param sampledAt when the window ended
 */
public record NetworkQualityStats(
        String roomId,
        String ipAddress, // expect PF002
        String hostName,
        long roundTripMillis,
        long latencyMillis,
        int jitterMillis,
        double packetLossPercent,
        int bitrateKbps,
        Instant sampledAt) {

    public QualityLevel level() {
        return QualityLevel.of(roundTripMillis, packetLossPercent);
    }
}
