package io.github.privacyflow.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bundled catalogue: a readable text resource of {@code [section]} lines followed by one
 * entry per line, with {@code #} comments (a {@code #} at the start of a line or after white
 * space; inside a member such as {@code Class#method} it is part of the entry). Library knowledge lives in such files rather than in
 * the rules' code, so users can read what the plugin knows.
 */
public final class CatalogFile {

    private final String resource;
    private final Map<String, List<String>> sections;

    private CatalogFile(String resource, Map<String, List<String>> sections) {
        this.resource = resource;
        this.sections = sections;
    }

    /**
     * Loads a catalogue bundled next to this class.
     *
     * @param name the resource name, e.g. {@code persistence.catalog}
     * @return the catalogue
     * @throws IllegalStateException if the resource is missing, which is a packaging bug
     */
    public static CatalogFile load(String name) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        try (InputStream in = CatalogFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled catalogue " + name + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
                String line = stripComment(raw).strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = sections.computeIfAbsent(line.substring(1, line.length() - 1).strip(), key -> new ArrayList<>());
                } else if (current != null) {
                    current.add(line);
                } else {
                    throw new IllegalStateException("bundled catalogue " + name + " has an entry before any [section]");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sections.replaceAll((key, entries) -> List.copyOf(entries));
        return new CatalogFile(name, Collections.unmodifiableMap(sections));
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

    /**
     * Returns a section's entries.
     *
     * @param section the section name
     * @return the entries, empty if the section is absent
     */
    public List<String> section(String section) {
        return sections.getOrDefault(section, List.of());
    }

    /**
     * Returns a section whose entries are pairs of words, e.g. {@code annotation attribute}.
     *
     * @param section the section name
     * @return each entry split on white space
     */
    public List<String[]> pairs(String section) {
        List<String[]> result = new ArrayList<>();
        for (String entry : section(section)) {
            String[] words = entry.split("\\s+");
            if (words.length != 2) {
                throw new IllegalStateException("bundled catalogue " + resource + " [" + section + "]: expected two words in '" + entry + "'");
            }
            result.add(words);
        }
        return List.copyOf(result);
    }
}
