package io.github.privacyflow.run;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Progress of one module's analysis, printed on long work only: nothing during the first
 * {@link #QUIET_PERIOD_NANOS}, then at most one line per {@link #INTERVAL_NANOS}. Counting is
 * cheap and thread-safe, so the readers and the flow analysis call it on every item.
 */
public final class Progress {

    /** A module that takes less than this prints no progress at all. */
    static final long QUIET_PERIOD_NANOS = 5_000_000_000L;
    /** The least time between two progress lines. */
    static final long INTERVAL_NANOS = 5_000_000_000L;

    private final Consumer<String> sink;
    private final long start;
    private final AtomicLong nextLine;
    private final AtomicInteger classesRead = new AtomicInteger();
    private final AtomicInteger methodsAnalysed = new AtomicInteger();
    private final AtomicInteger methodsTotal = new AtomicInteger();
    private final AtomicLong clockNow;
    private volatile String stage;

    private Progress(Consumer<String> sink, AtomicLong clock) {
        this.sink = sink;
        this.clockNow = clock;
        this.start = now();
        this.nextLine = new AtomicLong(start + QUIET_PERIOD_NANOS);
    }

    /**
     * Starts counting now.
     *
     * @param sink where progress lines go (an informational log level, so {@code -q} hides them)
     * @return the progress
     */
    public static Progress printingTo(Consumer<String> sink) {
        return new Progress(sink, null);
    }

    /** @return progress that prints nothing */
    public static Progress silent() {
        return new Progress(line -> { }, null);
    }

    /**
     * Progress on a clock the caller moves, for tests.
     *
     * @param sink where lines go
     * @param clock the current time in nanoseconds
     * @return the progress
     */
    static Progress withClock(Consumer<String> sink, AtomicLong clock) {
        return new Progress(sink, clock);
    }

    private long now() {
        return clockNow != null ? clockNow.get() : System.nanoTime();
    }

    /** Counts one class file read. */
    public void classRead() {
        classesRead.incrementAndGet();
        maybePrint();
    }

    /**
     * Says how many methods the flow analysis has to analyse.
     *
     * @param total the number of methods with code
     */
    public void methodsToAnalyse(int total) {
        methodsTotal.set(total);
    }

    /**
     * Counts a method analysed for the first time.
     */
    public void methodAnalysed() {
        methodsAnalysed.incrementAndGet();
        maybePrint();
    }

    /**
     * Says what the analysis does now, after the flow analysis: e.g. placing findings in their
     * sources, so a long stretch without methods to count still says what it is doing.
     *
     * @param description e.g. {@code placing 224 findings in their sources}
     */
    public void stage(String description) {
        this.stage = description;
        maybePrint();
    }

    /** Prints a line if the quiet period and the interval since the last line have passed. */
    public void maybePrint() {
        long time = now();
        long due = nextLine.get();
        if (time - due < 0 || !nextLine.compareAndSet(due, time + INTERVAL_NANOS)) {
            return;
        }
        sink.accept(line(time));
    }

    private String line(long time) {
        StringBuilder text = new StringBuilder("privacyflow: ").append(classesRead.get()).append(" classes read");
        int total = methodsTotal.get();
        if (total > 0) {
            text.append(", ").append(methodsAnalysed.get()).append(" of ").append(total).append(" methods analysed");
        }
        String now = stage;
        if (now != null) {
            text.append(", ").append(now);
        }
        return text.append(", ").append((time - start) / 1_000_000_000L).append(" s").toString();
    }
}
