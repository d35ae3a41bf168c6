package io.github.privacyflow.demo.quality;

/** Connection quality as shown by the signal-bars icon next to each participant. */
public enum QualityLevel {
    EXCELLENT,
    GOOD,
    POOR,
    BAD;

    public static QualityLevel of(long roundTripMillis, double packetLossPercent) {
        if (roundTripMillis < 100 && packetLossPercent < 1) {
            return EXCELLENT;
        }
        if (roundTripMillis < 250 && packetLossPercent < 3) {
            return GOOD;
        }
        if (roundTripMillis < 600 && packetLossPercent < 10) {
            return POOR;
        }
        return BAD;
    }

    public boolean needsAttention() {
        return this == POOR || this == BAD;
    }
}
