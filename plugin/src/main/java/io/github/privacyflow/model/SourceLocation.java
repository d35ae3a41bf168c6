package io.github.privacyflow.model;

import java.nio.file.Path;

/**
 * Where a finding is reported: a file and, where known, a 1-based line and column.
 *
 * @param file the absolute path of the source, class or configuration file
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 */
public record SourceLocation(Path file, int line, int column) {

    /**
     * A location at a whole file.
     *
     * @param file the file
     * @return the location without line or column
     */
    public static SourceLocation of(Path file) {
        return new SourceLocation(file, 0, 0);
    }
}
