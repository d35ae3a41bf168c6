package io.github.privacyflow.model;

import java.nio.file.Path;

/**
 * Receives problems with the input that do not stop the analysis: a class file that cannot
 * be read, a source that does not parse. Each becomes one warning line naming the file.
 */
@FunctionalInterface
public interface Diagnostics {

    /**
     * Reports a problem with one input file; the analysis goes on without it or around it.
     *
     * @param file the file, absolute, or {@code null} when the problem concerns no single file
     * @param line the 1-based line, or 0 when unknown
     * @param problem what is wrong, one line, no data values
     */
    void warn(Path file, int line, String problem);

    /**
     * Reports a problem with one input file, at no particular line.
     *
     * @param file the file
     * @param problem what is wrong
     */
    default void warn(Path file, String problem) {
        warn(file, 0, problem);
    }

    /**
     * Formats a problem the way the console prints it: {@code file:line: problem}.
     *
     * @param file the file, or {@code null}
     * @param line the line, or 0
     * @param problem the problem
     * @return the formatted line
     */
    static String format(Path file, int line, String problem) {
        if (file == null) {
            return problem;
        }
        return file + (line > 0 ? ":" + line : "") + ": " + problem;
    }
}
