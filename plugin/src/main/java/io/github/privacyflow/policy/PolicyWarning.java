package io.github.privacyflow.policy;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something in a valid policy file that is probably a mistake, such as a processor listing a sink
 * kind that no sink has (a typo in a kind's name would otherwise weaken the check silently). The
 * policy still loads; the build prints the warning and goes on.
 *
 * @param file the policy file, or {@code null} for the embedded default
 * @param line the 1-based line the warning is about, or 0 when none applies
 * @param text what looks wrong and what to do about it, one line
 */
public record PolicyWarning(Path file, int line, String text) {

    /**
     * Checks the arguments.
     *
     * @param file the file
     * @param line the line
     * @param text the text
     */
    public PolicyWarning {
        Objects.requireNonNull(text, "text");
        if (line < 0) {
            throw new IllegalArgumentException("line < 0");
        }
        text = PolicyException.oneLine(text);
    }

    /**
     * The warning as the console prints it, in the form of {@link PolicyException}'s lines:
     * {@code <file>:<line>: <text>}.
     *
     * @return the formatted line
     */
    public String message() {
        String name = file == null ? PolicyException.EMBEDDED_NAME : file.toString();
        return line > 0 ? name + ":" + line + ": " + text : name + ": " + text;
    }
}
