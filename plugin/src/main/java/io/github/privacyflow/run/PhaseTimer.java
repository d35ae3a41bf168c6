package io.github.privacyflow.run;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Time and peak heap of each phase of an analysis (read, flow, rules, reports), for the one
 * line {@code -X} prints at the end. Peak heap is the JVM's: under {@code mvn -T} it includes
 * the modules analysed at the same time.
 */
public final class PhaseTimer {

    /**
     * One phase measured.
     *
     * @param name e.g. {@code read}
     * @param nanos its wall time
     * @param peakHeapBytes the most heap in use during it
     */
    public record Phase(String name, long nanos, long peakHeapBytes) {
    }

    private final List<Phase> phases = new ArrayList<>();
    private final long created = System.nanoTime();
    private String current;
    private long currentStart;

    /**
     * Ends the running phase, if any, and starts another.
     *
     * @param name the new phase
     */
    public synchronized void start(String name) {
        stop();
        current = name;
        currentStart = System.nanoTime();
        for (MemoryPoolMXBean pool : heapPools()) {
            pool.resetPeakUsage();
        }
    }

    /** Ends the running phase. */
    public synchronized void stop() {
        if (current == null) {
            return;
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            peak += pool.getPeakUsage() == null ? 0 : pool.getPeakUsage().getUsed();
        }
        phases.add(new Phase(current, System.nanoTime() - currentStart, peak));
        current = null;
    }

    /** @return the running phase, or {@code null} */
    public synchronized String current() {
        return current;
    }

    /**
     * Returns the phases measured so far, a phase entered several times (the rules, around the
     * flow analysis they start) as one: its times added, its peak the highest.
     *
     * @return the phases, in the order they were first entered
     */
    public synchronized List<Phase> phases() {
        Map<String, Phase> merged = new LinkedHashMap<>();
        for (Phase phase : phases) {
            merged.merge(phase.name(), phase, (a, b) -> new Phase(a.name(), a.nanos() + b.nanos(),
                    Math.max(a.peakHeapBytes(), b.peakHeapBytes())));
        }
        return List.copyOf(merged.values());
    }

    /** @return the wall time since this timer was made */
    public long elapsedNanos() {
        return System.nanoTime() - created;
    }

    /**
     * Formats the phases as one line.
     *
     * @param phases the phases
     * @return e.g. {@code read 1.2 s (peak heap 140 MB), flow 3.4 s (peak heap 610 MB)}
     */
    public static String describe(List<Phase> phases) {
        List<String> parts = new ArrayList<>();
        for (Phase phase : phases) {
            parts.add(phase.name() + " " + seconds(phase.nanos()) + " (peak heap " + phase.peakHeapBytes() / (1024 * 1024) + " MB)");
        }
        return String.join(", ", parts);
    }

    /**
     * Formats nanoseconds as seconds with one decimal.
     *
     * @param nanos the time
     * @return e.g. {@code 3.4 s}
     */
    public static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pools.add(pool);
            }
        }
        return pools;
    }
}
