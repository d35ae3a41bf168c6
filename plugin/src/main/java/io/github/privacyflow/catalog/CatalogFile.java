package io.github.privacyflow.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A catalogue file: the one reader of every bundled {@code *.catalog} and {@code *.dict}
 * resource. Library knowledge lives in such files rather than in the code, so users can read
 * what the plugin knows; docs/catalogues.md describes the format.
 *
 * <p>The format, in short: UTF-8 text; {@code #} starts a comment at the start of a line or
 * after white space (inside {@code Class#method} it is part of the entry); blank lines are
 * ignored; {@code [section]} starts a section; every other line holds one entry, or, in the
 * word lists of the dictionaries, several entries separated by commas. Which sections a file
 * has and how their entries are written is the file's {@link CatalogSchema}.
 *
 * <p>Every problem is reported as {@code file:line: what is wrong}, one line each, and reading
 * goes on after it, so one pass lists them all. A bundled file with a problem is a build bug:
 * {@link #load} refuses it, and a unit test loads every bundled file.
 */
public final class CatalogFile {

    private static final Pattern WORD = Pattern.compile("[\\p{Ll}\\p{Lo}0-9]+");
    private static final Pattern WHITE = Pattern.compile("\\s+");

    private final String name;
    private final Map<String, List<CatalogEntry>> sections;
    private final List<String> problems;
    private final CatalogSchema schema;

    private CatalogFile(String name, Map<String, List<CatalogEntry>> sections, List<String> problems,
            CatalogSchema schema) {
        this.name = name;
        this.sections = sections;
        this.problems = problems;
        this.schema = schema;
    }

    /**
     * Loads a catalogue bundled next to this class, checked against its schema.
     *
     * @param name the resource name, e.g. {@code persistence.catalog}
     * @return the catalogue
     * @throws IllegalStateException if the resource is missing or has any problem, which is a
     *     packaging bug; the message holds every problem, one {@code file:line: ...} per line
     */
    public static CatalogFile load(String name) {
        CatalogSchema schema = BundledCatalogs.schema(name);
        CatalogFile file = parse(name, read(name), schema);
        if (!file.problems.isEmpty()) {
            throw new IllegalStateException(String.join(System.lineSeparator(), file.problems));
        }
        return file;
    }

    /** The text of a bundled resource. */
    static String read(String name) {
        try (InputStream in = CatalogFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled catalogue " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled catalogue " + name, e);
        }
    }

    /**
     * Reads a catalogue's text. Never throws for what the text holds: each problem becomes one
     * line of {@link #problems()}, and the entries around it are still read.
     *
     * @param name the file name messages give, e.g. {@code sinks.catalog}
     * @param text the file's content
     * @param schema the sections the file may have and the shapes of their entries
     * @return the catalogue, with its problems
     */
    static CatalogFile parse(String name, String text, CatalogSchema schema) {
        return new Reader(name, schema).read(text);
    }

    /**
     * The file name messages give.
     *
     * @return e.g. {@code sinks.catalog}
     */
    public String name() {
        return name;
    }

    /**
     * Returns a section's entries as written (without comments and surrounding white space).
     *
     * @param section the section name
     * @return the entries' texts in file order, empty if the file has no such section
     * @throws IllegalArgumentException if the file's schema has no such section, which is a
     *     typo in the caller
     */
    public List<String> section(String section) {
        return entries(section).stream().map(CatalogEntry::text).toList();
    }

    /**
     * Returns a section's entries, checked and with their values.
     *
     * @param section the section name
     * @return the entries in file order, empty if the file has no such section
     * @throws IllegalArgumentException if the file's schema has no such section
     */
    public List<CatalogEntry> entries(String section) {
        if (schema.shape(section) == null) {
            throw new IllegalArgumentException(name + " has no section [" + section + "]; expected "
                    + schema.expected());
        }
        return sections.getOrDefault(section, List.of());
    }

    /**
     * The sections the file has, in file order.
     *
     * @return the section names
     */
    public Set<String> sectionNames() {
        return sections.keySet();
    }

    /**
     * What is wrong with the file.
     *
     * @return one {@code file:line: what is wrong} per problem, in line order; empty when the
     *     file is sound
     */
    public List<String> problems() {
        return problems;
    }

    /** Reads one file, line by line, collecting problems instead of stopping at the first. */
    private static final class Reader {
        private final String name;
        private final CatalogSchema schema;
        private final Map<String, List<CatalogEntry>> sections = new LinkedHashMap<>();
        private final Map<String, Integer> headers = new HashMap<>();
        private final Map<String, CatalogEntry> keys = new HashMap<>();
        private final List<Problem> problems = new ArrayList<>();

        private record Problem(int line, String message) {
        }

        Reader(String name, CatalogSchema schema) {
            this.name = name;
            this.schema = schema;
        }

        CatalogFile read(String text) {
            String[] lines = text.split("\r\n|\r|\n", -1);
            String section = null;
            CatalogSchema.Shape shape = null;
            boolean headerSeen = false;
            for (int i = 0; i < lines.length; i++) {
                int number = i + 1;
                String raw = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
                String line = stripComment(raw).strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("[")) {
                    section = header(number, line);
                    shape = section == null ? null : schema.shape(section);
                    headerSeen = true;
                    continue;
                }
                if (section == null) {
                    // One line for the lot: the header that is missing, or the bad one already
                    // reported, is the one mistake.
                    if (!headerSeen) {
                        problem(number, "entry before the first [section]; a file starts with a section header");
                        headerSeen = true;
                    }
                    continue;
                }
                if (shape instanceof CatalogSchema.Words words) {
                    phrases(number, section, words, line);
                } else {
                    fields(number, section, (CatalogSchema.Fields) shape, line);
                }
            }
            Map<String, List<CatalogEntry>> result = new LinkedHashMap<>();
            sections.forEach((key, entries) -> result.put(key, List.copyOf(entries)));
            for (CatalogSchema.Check check : schema.checks()) {
                check.check(Collections.unmodifiableMap(result),
                        (entry, message) -> problem(entry.line(), message));
            }
            problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
            List<String> messages = problems.stream().map(p -> name + ":" + p.line() + ": " + p.message()).toList();
            return new CatalogFile(name, Collections.unmodifiableMap(result), messages, schema);
        }

        /** The section a header starts, or {@code null} when the header is wrong. */
        private String header(int number, String line) {
            if (!line.endsWith("]")) {
                problem(number, "a section header is [name], on a line of its own; found '" + line + "'");
                return null;
            }
            String section = line.substring(1, line.length() - 1).strip();
            if (!CatalogSchema.SECTION_NAME.matcher(section).matches()) {
                problem(number, "section name '" + section + "' is not lower-case words joined by dashes");
                return null;
            }
            if (schema.shape(section) == null) {
                problem(number, "unknown section [" + section + "]; expected " + schema.expected());
                return null;
            }
            Integer first = headers.putIfAbsent(section, number);
            if (first != null) {
                problem(number, "section [" + section + "] again; it started at line " + first
                        + ": keep a section's entries together");
            }
            sections.computeIfAbsent(section, key -> new ArrayList<>());
            return section;
        }

        /** A line of a word list: one or more phrases separated by commas. */
        private void phrases(int number, String section, CatalogSchema.Words shape, String line) {
            String[] parts = line.split(",", -1);
            for (int k = 0; k < parts.length; k++) {
                String part = parts[k].strip();
                if (part.isEmpty()) {
                    // A comma may end a line, as a list often runs on; anywhere else it is a typo.
                    if (k != parts.length - 1 || k == 0) {
                        problem(number, "empty entry: two commas in a row, or a comma at the start");
                    }
                    continue;
                }
                phrase(number, section, shape, part);
            }
        }

        private void phrase(int number, String section, CatalogSchema.Words shape, String text) {
            List<String> words = new ArrayList<>();
            String flag = null;
            for (String word : WHITE.split(text)) {
                if (word.startsWith("~")) {
                    if (shape.flags().isEmpty()) {
                        problem(number, "'" + text + "': entries of [" + section + "] take no flag");
                        return;
                    }
                    if (!shape.flags().contains(word)) {
                        problem(number, "'" + text + "': unknown flag " + word + "; allowed in [" + section + "]: "
                                + String.join(", ", shape.flags()));
                        return;
                    }
                    if (flag != null) {
                        problem(number, "'" + text + "': more than one flag");
                        return;
                    }
                    flag = word;
                } else if (flag != null) {
                    problem(number, "'" + text + "': the flag comes after the words");
                    return;
                } else if (!WORD.matcher(word).matches()) {
                    problem(number, "'" + word + "' is not a lower-case word (letters and digits)");
                    return;
                } else {
                    words.add(word);
                }
            }
            if (words.isEmpty()) {
                problem(number, "'" + text + "': a flag without words");
                return;
            }
            if (shape.singleWord() && words.size() != 1) {
                problem(number, "'" + text + "': entries of [" + section + "] are single words");
                return;
            }
            add(CatalogEntry.phrase(name, number, section, text, words, flag), shape.group(section));
        }

        /** A line of fields. */
        private void fields(int number, String section, CatalogSchema.Fields shape, String line) {
            Map<CatalogField, Object> values = new LinkedHashMap<>();
            List<String> words = new ArrayList<>();
            String rest = line;
            for (CatalogField field : shape.required()) {
                if (rest.isEmpty()) {
                    problem(number, "'" + line + "': missing " + field.description() + " after '"
                            + String.join(" ", words) + "'");
                    return;
                }
                String word = field == CatalogField.TEXT ? rest : WHITE.split(rest, 2)[0];
                rest = rest.substring(word.length()).strip();
                if (!value(number, field, word, values)) {
                    return;
                }
                words.add(word);
            }
            int next = 0;
            while (!rest.isEmpty()) {
                String word = WHITE.split(rest, 2)[0];
                int k = next;
                while (k < shape.optional().size() && !shape.optional().get(k).claims(word)) {
                    k++;
                }
                if (k == shape.optional().size()) {
                    problem(number, "'" + line + "': unexpected '" + word + "'" + expectedAfter(shape, next));
                    return;
                }
                CatalogField field = shape.optional().get(k);
                if (field == CatalogField.TEXT) {
                    word = rest;
                }
                rest = rest.substring(word.length()).strip();
                if (!value(number, field, word, values)) {
                    return;
                }
                words.add(word);
                next = k + 1;
            }
            add(CatalogEntry.fields(name, number, section, line, words, values), shape.group(section));
        }

        private static String expectedAfter(CatalogSchema.Fields shape, int next) {
            List<CatalogField> left = shape.optional().subList(next, shape.optional().size());
            if (left.isEmpty()) {
                return "; the entry ends after " + (shape.optional().isEmpty()
                        ? shape.required().get(shape.required().size() - 1).description()
                        : shape.optional().get(shape.optional().size() - 1).description());
            }
            return "; expected " + String.join(" or ", left.stream().map(CatalogField::description).toList());
        }

        private boolean value(int number, CatalogField field, String word, Map<CatalogField, Object> values) {
            try {
                values.put(field, field.read(word));
                return true;
            } catch (IllegalArgumentException e) {
                problem(number, e.getMessage());
                return false;
            }
        }

        private void add(CatalogEntry entry, String group) {
            CatalogEntry first = keys.putIfAbsent(group + "\u0000" + entry.key(), entry);
            if (first == null) {
                sections.get(entry.section()).add(entry);
            } else if (first.text().equals(entry.text()) && first.section().equals(entry.section())) {
                problem(entry.line(), "duplicate entry '" + entry.text() + "'; it is already at line " + first.line());
            } else {
                problem(entry.line(), "'" + entry.text() + "' is the same entry as '" + first.text() + "' in ["
                        + first.section() + "] at line " + first.line());
            }
        }

        private void problem(int line, String message) {
            problems.add(new Problem(line, message));
        }
    }

    /** A comment starts at a '#' that begins the line or follows white space; members use '#' too. */
    private static String stripComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
