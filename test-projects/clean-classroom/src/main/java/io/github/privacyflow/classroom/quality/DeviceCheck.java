package io.github.privacyflow.classroom.quality;

import io.github.privacyflow.annotations.NotPersonalData;

/**
 * The result of the pre-join device check, aggregated by the support team.
 *
 * @param roomId the classroom
 * @param deviceId a random id the SDK generates per launch
 * @param osName the operating system
 * @param cameraWorks whether a camera delivered frames
 * @param roundTripMillis round trip time to the media server
 * @param packetLossPercent lost packets during the check
 */
public record DeviceCheck(
        String roomId,
        @NotPersonalData(reason = "random per launch, never linked to an account") String deviceId,
        String osName,
        boolean cameraWorks,
        long roundTripMillis,
        double packetLossPercent) {

    public QualityLevel level() {
        return QualityLevel.of(roundTripMillis, packetLossPercent);
    }
}
