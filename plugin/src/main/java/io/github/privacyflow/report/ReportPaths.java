package io.github.privacyflow.report;

import io.github.privacyflow.model.SourceLocation;
import java.nio.file.Path;

/**
 * Makes the paths reports print relative to a root (the module's, or the reactor's for
 * aggregated reports), with {@code /} separators, so reports are the same on every machine.
 */
public final class ReportPaths {

    private final Path root;

    /**
     * Creates a relativiser.
     *
     * @param root the directory paths are made relative to
     */
    public ReportPaths(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Returns the root.
     *
     * @return the absolute root
     */
    public Path root() {
        return root;
    }

    /**
     * Makes a path relative to the root.
     *
     * @param file an absolute path
     * @return e.g. {@code src/main/java/org/example/Student.java}; {@code ../x} for files outside the root
     */
    public String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return root.relativize(absolute).toString().replace('\\', '/');
    }

    /**
     * Makes a location relative to the root, with its line when known.
     *
     * @param location the location
     * @return e.g. {@code src/main/java/org/example/Student.java:12}, or the path alone for line 0
     */
    public String relative(SourceLocation location) {
        String file = relative(location.file());
        return location.line() > 0 ? file + ":" + location.line() : file;
    }
}
