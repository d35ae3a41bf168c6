package io.github.privacyflow.run;

import java.time.Duration;
import java.util.Locale;

/**
 * How much work one module's analysis may do: a wall-clock limit for the whole module and a
 * step limit for each analysis of one method. When either runs out, the flow work that remains
 * is cut, the findings found so far are kept, and one warning says what was cut.
 *
 * <p>A budget is started when a module's analysis starts; its deadline is then fixed.
 */
public final class Budget {

    /** The default wall-clock limit of one module's analysis. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    /**
     * The default step limit of one analysis of one method: instructions interpreted plus frames
     * merged. Ordinary methods take a few hundred; a 64 KiB method analysed to its fixed point
     * takes a few hundred thousand.
     */
    public static final long DEFAULT_METHOD_STEPS = 1_000_000L;

    private final Duration timeout;
    private final long methodSteps;
    private final long deadline;

    private Budget(Duration timeout, long methodSteps, long startNanos) {
        this.timeout = timeout;
        this.methodSteps = methodSteps;
        long nanos = saturatedNanos(timeout);
        this.deadline = startNanos + nanos < startNanos ? Long.MAX_VALUE : startNanos + nanos;
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 2;
        }
    }

    /**
     * Starts a budget now.
     *
     * @param timeout the wall-clock limit of the module's analysis, positive
     * @param methodSteps the step limit of one method's analysis, positive
     * @return the running budget
     */
    public static Budget start(Duration timeout, long methodSteps) {
        if (timeout.isNegative() || timeout.isZero() || methodSteps <= 0) {
            throw new IllegalArgumentException("a budget must be positive");
        }
        return new Budget(timeout, methodSteps, System.nanoTime());
    }

    /** @return a budget with the default limits, started now */
    public static Budget defaults() {
        return start(DEFAULT_TIMEOUT, DEFAULT_METHOD_STEPS);
    }

    /** @return whether the module's time is up */
    public boolean expired() {
        return System.nanoTime() - deadline >= 0 || Thread.currentThread().isInterrupted();
    }

    /** @return the time left, zero once expired */
    public Duration remaining() {
        long left = deadline - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    /** @return the wall-clock limit of the module's analysis */
    public Duration timeout() {
        return timeout;
    }

    /** @return the step limit of one method's analysis */
    public long methodSteps() {
        return methodSteps;
    }

    /**
     * Reads a timeout as users write it: {@code 300} or {@code 300s} (seconds), {@code 5m},
     * {@code 1h}, {@code 1500ms}, or ISO-8601 ({@code PT5M}).
     *
     * @param text the text
     * @return the duration, positive
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Duration parseTimeout(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Duration duration;
        try {
            if (value.startsWith("pt") || value.startsWith("p")) {
                duration = Duration.parse(value.toUpperCase(Locale.ROOT));
            } else if (value.endsWith("ms")) {
                duration = Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2).strip()));
            } else if (value.endsWith("s")) {
                duration = Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1).strip()));
            } else if (value.endsWith("m")) {
                duration = Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1).strip()));
            } else if (value.endsWith("h")) {
                duration = Duration.ofHours(Long.parseLong(value.substring(0, value.length() - 1).strip()));
            } else {
                duration = Duration.ofSeconds(Long.parseLong(value));
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write e.g. 300s, 10m or 1h");
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("'" + text + "' is not a positive duration");
        }
        return duration;
    }

    /**
     * Formats a duration the way users write it back.
     *
     * @param duration the duration
     * @return e.g. {@code 5m}, {@code 90s}, {@code 1500ms}
     */
    public static String format(Duration duration) {
        if (duration.toMillis() % 1000 != 0) {
            return duration.toMillis() + "ms";
        }
        long seconds = duration.getSeconds();
        if (seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
