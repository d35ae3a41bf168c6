package io.github.privacyflow.policy;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A policy file that cannot be used: unreadable, not YAML, or not a valid policy. It carries
 * every problem found, so the user can fix them in one go.
 *
 * <p>{@link #getMessage()} holds one line per problem, each {@code <file>:<line>: <what is
 * wrong>}, with the file as given to {@link PolicyLoader#load(Path)}; a problem with no line
 * (line 0, e.g. an unreadable file) reads {@code <file>: <what is wrong>}.
 */
public final class PolicyException extends Exception {

    private static final long serialVersionUID = 1L;

    /** How the embedded default policy is named in messages. */
    static final String EMBEDDED_NAME = "embedded:default-policy.yaml";

    /**
     * One thing wrong with a policy file.
     *
     * @param line the 1-based line, or 0 when no line applies
     * @param text what is wrong, one line
     */
    public record Problem(int line, String text) implements Serializable {
        /**
         * Checks the arguments.
         *
         * @param line the line
         * @param text the text
         */
        public Problem {
            Objects.requireNonNull(text, "text");
            if (line < 0) {
                throw new IllegalArgumentException("line < 0");
            }
            text = oneLine(text);
        }
    }

    /**
     * Writes the line breaks of a text as escapes: a value quoted from the file (a block scalar,
     * a quoted key with {@code \n}) must not split a problem over lines the console and IDEs
     * read as problems of their own.
     */
    static String oneLine(String text) {
        StringBuilder line = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\u000B', '\u000C', '\u0085', '\u2028', '\u2029' -> String.format("\\u%04X", (int) c);
                default -> null;
            };
            if (escape != null && line == null) {
                line = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (line != null) {
                line.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return line == null ? text : line.toString();
    }

    /** The policy file; not serialized ({@link Path} is not serializable). */
    private final transient Path file;
    /** The file as messages name it. */
    private final String fileName;
    /** Every problem, sorted by line. */
    private final List<Problem> problems;

    /**
     * Creates an exception for one problem.
     *
     * @param file the policy file, or {@code null} for the embedded default
     * @param line the 1-based line, or 0
     * @param problem what is wrong
     */
    public PolicyException(Path file, int line, String problem) {
        this(file, List.of(new Problem(line, problem)));
    }

    /**
     * Creates an exception for several problems; they are sorted by line, keeping the order of
     * problems on the same line.
     *
     * @param file the policy file, or {@code null} for the embedded default
     * @param problems at least one problem
     */
    public PolicyException(Path file, List<Problem> problems) {
        super(format(displayName(file), sorted(problems)));
        this.file = file;
        this.fileName = displayName(file);
        this.problems = sorted(problems);
    }

    private static List<Problem> sorted(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.comparingInt(Problem::line));
        return List.copyOf(copy);
    }

    private static String displayName(Path file) {
        return file == null ? EMBEDDED_NAME : file.toString();
    }

    private static String format(String name, List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(formatOne(name, p));
        }
        return sb.toString();
    }

    private static String formatOne(String name, Problem p) {
        return p.line() > 0 ? name + ":" + p.line() + ": " + p.text() : name + ": " + p.text();
    }

    /**
     * The policy file.
     *
     * @return the file as given, or {@code null} for the embedded default policy
     */
    public Path file() {
        return file;
    }

    /**
     * The line of the first problem.
     *
     * @return the 1-based line, or 0 when it has none
     */
    public int line() {
        return problems.get(0).line();
    }

    /**
     * What is wrong, for the first problem, without file and line.
     *
     * @return the bare text
     */
    public String problem() {
        return problems.get(0).text();
    }

    /**
     * Every problem, sorted by line.
     *
     * @return the problems, at least one
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Every problem formatted as {@code <file>:<line>: <what is wrong>}, sorted by line; these
     * are the lines of {@link #getMessage()}.
     *
     * @return the formatted lines
     */
    public List<String> messages() {
        List<String> out = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            out.add(formatOne(fileName, p));
        }
        return List.copyOf(out);
    }
}
