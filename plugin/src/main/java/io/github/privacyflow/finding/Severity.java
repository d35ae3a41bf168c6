package io.github.privacyflow.finding;

import java.util.Locale;

/** How serious a finding is; {@code failOnSeverity} compares against it. */
public enum Severity {
    /** Fails the build by default. */
    ERROR,
    /** Reported, fails the build only with {@code failOnSeverity=warning}. */
    WARNING;

    /**
     * Returns the lower-case name users type, e.g. {@code error}.
     *
     * @return the name
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether this severity is at least as serious as another.
     *
     * @param threshold the other severity
     * @return {@code true} if this one is the same or worse
     */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
