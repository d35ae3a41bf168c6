package io.github.privacyflow.config;

import io.github.privacyflow.model.SourceLocation;

/**
 * How long one appender of a logging configuration keeps its log files.
 *
 * @param location the setting's line: {@code <maxHistory>}, {@code <IfLastModified>}, or the
 *     rolling policy that lacks a limit
 * @param appender the appender's name
 * @param days the longest a log file is kept, in days; {@link Double#POSITIVE_INFINITY} when
 *     the configuration never deletes old files
 * @param setting the setting as a user would search for it, e.g. {@code maxHistory 365 (daily)}
 */
public record LogRetention(SourceLocation location, String appender, double days, String setting) {

    /**
     * Whether the configuration keeps files forever.
     *
     * @return {@code true} when nothing deletes old files
     */
    public boolean unbounded() {
        return Double.isInfinite(days);
    }
}
