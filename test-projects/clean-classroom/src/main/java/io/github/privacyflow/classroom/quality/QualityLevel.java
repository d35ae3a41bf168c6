package io.github.privacyflow.classroom.quality;

/** Connection quality, as the signal-bars icon shows it. */
public enum QualityLevel {
    GOOD,
    FAIR,
    POOR;

    public static QualityLevel of(long roundTripMillis, double packetLossPercent) {
        if (roundTripMillis < 150 && packetLossPercent < 2) {
            return GOOD;
        }
        return roundTripMillis < 400 && packetLossPercent < 8 ? FAIR : POOR;
    }
}
