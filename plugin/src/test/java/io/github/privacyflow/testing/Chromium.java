package io.github.privacyflow.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a Chromium (or Chrome) for the HTML report's browser test: the one the environment
 * variable {@value #VARIABLE} names, else the first of {@link #NAMES} on the {@code PATH}. Debian
 * installs {@code chromium}, Ubuntu's snap {@code chromium-browser}, Google's package
 * {@code google-chrome}; a developer with a browser elsewhere points the variable at it.
 */
public final class Chromium {

    /** The environment variable that names the browser's executable. */
    public static final String VARIABLE = "PRIVACYFLOW_CHROMIUM";

    /** The executable names looked up on the {@code PATH}, in this order. */
    public static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");

    private Chromium() {
    }

    /**
     * Finds the browser in this process's environment.
     *
     * @return its executable, or empty when there is none
     * @throws IllegalStateException when {@value #VARIABLE} names something that is not an executable file
     */
    public static Optional<Path> find() {
        return find(System.getenv());
    }

    /**
     * Finds the browser in an environment.
     *
     * @param environment the variables, with {@value #VARIABLE} and {@code PATH}
     * @return its executable, or empty when there is none
     * @throws IllegalStateException when {@value #VARIABLE} names something that is not an
     *     executable file: a user who set it wants that browser, not a silent fallback
     */
    public static Optional<Path> find(Map<String, String> environment) {
        String named = environment.get(VARIABLE);
        if (named != null && !named.isBlank()) {
            Path path = Path.of(named.strip());
            if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
                throw new IllegalStateException(VARIABLE + "=" + named + " is not an executable file");
            }
            return Optional.of(path);
        }
        String searchPath = environment.getOrDefault("PATH", "");
        for (String name : NAMES) {
            for (String folder : searchPath.split(File.pathSeparator)) {
                if (folder.isBlank()) {
                    continue;
                }
                try {
                    Path candidate = Path.of(folder).resolve(name);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                } catch (InvalidPathException e) {
                    // a PATH entry that is no path cannot hold the browser
                }
            }
        }
        return Optional.empty();
    }
}
