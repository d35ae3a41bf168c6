package io.github.privacyflow.demo.quality;

import java.util.List;

/**
 * Estimates a mean opinion score (MOS, 1 to 5) from network samples, the E-model way, for the
 * support team's diagnostics view.
 */
public class NetworkDiagnostics {

    private final boolean diagnosticsEnabled;

    public NetworkDiagnostics(boolean diagnosticsEnabled) {
        this.diagnosticsEnabled = diagnosticsEnabled;
    }

    public boolean isDiagnosticsEnabled() {
        return diagnosticsEnabled;
    }

    public double meanOpinionScore(List<NetworkQualityStats> samples) {
        if (!diagnosticsEnabled || samples.isEmpty()) {
            return 0;
        }
        double latency = samples.stream().mapToLong(NetworkQualityStats::latencyMillis).average().orElse(0);
        double jitter = samples.stream().mapToInt(NetworkQualityStats::jitterMillis).average().orElse(0);
        double loss = samples.stream().mapToDouble(NetworkQualityStats::packetLossPercent).average().orElse(0);
        double effectiveLatency = latency + 2 * jitter + 10;
        double rating = effectiveLatency < 160 ? 93.2 - effectiveLatency / 40 : 93.2 - (effectiveLatency - 120) / 10;
        rating -= 2.5 * loss;
        rating = Math.max(0, Math.min(100, rating));
        return 1 + 0.035 * rating + 0.000007 * rating * (rating - 60) * (100 - rating);
    }
}
