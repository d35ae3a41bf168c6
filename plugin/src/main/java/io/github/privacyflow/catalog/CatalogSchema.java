package io.github.privacyflow.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a catalogue file may contain: its sections and how each section's entries are written.
 * The parser ({@link CatalogFile}) is the same for every file; a schema only says which
 * sections exist and which shape their entries take, so an unknown section or a malformed
 * entry is reported against the line that holds it.
 */
final class CatalogSchema {

    /** Section names: lower-case words joined by dashes, like the sink kinds and the families. */
    static final Pattern SECTION_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** How the entries of a section are written. */
    sealed interface Shape permits Words, Fields {

        /**
         * The sections whose entries must all differ from each other: a section on its own, or
         * a group of sections sharing one key space (a term belongs to one family only).
         */
        String group(String section);
    }

    /**
     * Dictionary phrases: lower-case words separated by spaces, several entries to a line
     * separated by commas, each with at most one flag ({@code ~person}) from the allowed set.
     *
     * @param flags the flags an entry may carry, e.g. {@code ~person}; empty for none
     * @param singleWord whether an entry is one word (a suffix, a person word)
     * @param sharedGroup the key space shared with other sections, or {@code null} for the
     *     section's own
     */
    record Words(Set<String> flags, boolean singleWord, String sharedGroup) implements Shape {
        Words {
            flags = Collections.unmodifiableSet(new LinkedHashSet<>(flags));
        }

        @Override
        public String group(String section) {
            return sharedGroup == null ? section : sharedGroup;
        }
    }

    /**
     * One entry per line: fields separated by white space, the required ones first in order,
     * then the optional ones, each recognised by its form ({@code if=file}) and kept in order.
     * {@link CatalogField#TEXT} takes the rest of the line and comes last.
     *
     * @param required the fields every entry has
     * @param optional the fields an entry may add
     */
    record Fields(List<CatalogField> required, List<CatalogField> optional) implements Shape {
        Fields {
            required = List.copyOf(required);
            optional = List.copyOf(optional);
            Set<CatalogField> all = EnumSet.noneOf(CatalogField.class);
            for (CatalogField f : required) {
                if (!all.add(f)) {
                    throw new IllegalArgumentException("field " + f + " twice in one shape");
                }
            }
            for (CatalogField f : optional) {
                if (!all.add(f)) {
                    throw new IllegalArgumentException("field " + f + " twice in one shape");
                }
            }
            int text = required.indexOf(CatalogField.TEXT);
            if (text >= 0 && (text != required.size() - 1 || !optional.isEmpty())
                    || optional.contains(CatalogField.TEXT) && optional.indexOf(CatalogField.TEXT) != optional.size() - 1) {
                throw new IllegalArgumentException("TEXT must be the last field");
            }
        }

        @Override
        public String group(String section) {
            return section;
        }
    }

    /** A check across the entries of a file, once every line has been read. */
    @FunctionalInterface
    interface Check {

        /**
         * Reports what is wrong between entries, such as a reference to a tag no entry declares.
         *
         * @param sections the entries by section, in file order
         * @param problems where to report, against an entry's line
         */
        void check(Map<String, List<CatalogEntry>> sections, Problems problems);
    }

    /** Where a check reports what is wrong. */
    @FunctionalInterface
    interface Problems {

        /**
         * Reports a problem at an entry.
         *
         * @param entry the entry at fault
         * @param message what is wrong, one line
         */
        void report(CatalogEntry entry, String message);
    }

    private final Map<String, Shape> sections;
    private final Shape otherSections;
    private final String otherSectionsMeaning;
    private final Set<String> reserved;
    private final List<Check> checks;

    private CatalogSchema(Map<String, Shape> sections, Shape otherSections, String otherSectionsMeaning,
            Set<String> reserved, List<Check> checks) {
        this.sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        this.otherSections = otherSections;
        this.otherSectionsMeaning = otherSectionsMeaning;
        this.reserved = Set.copyOf(reserved);
        this.checks = List.copyOf(checks);
    }

    static Builder builder() {
        return new Builder();
    }

    /** The shape of a section's entries, or {@code null} when the file has no such section. */
    Shape shape(String section) {
        Shape named = sections.get(section);
        if (named != null) {
            return named;
        }
        return otherSections != null && !reserved.contains(section) && SECTION_NAME.matcher(section).matches()
                ? otherSections : null;
    }

    /** The named sections, in the order the schema lists them. */
    Set<String> sectionNames() {
        return sections.keySet();
    }

    List<Check> checks() {
        return checks;
    }

    /** The sections a file may have, for the message about an unknown one. */
    String expected() {
        StringBuilder out = new StringBuilder();
        for (String name : sections.keySet()) {
            out.append(out.length() == 0 ? "" : ", ").append('[').append(name).append(']');
        }
        if (otherSections != null) {
            out.append(out.length() == 0 ? "" : ", or ").append(otherSectionsMeaning);
        }
        return out.toString();
    }

    /** Builds a schema. */
    static final class Builder {
        private final Map<String, Shape> sections = new LinkedHashMap<>();
        private Shape otherSections;
        private String otherSectionsMeaning;
        private Set<String> reserved = Set.of();
        private final List<Check> checks = new ArrayList<>();

        private Builder() {
        }

        /** Adds a section whose entries take the given shape. */
        Builder section(String name, Shape shape) {
            if (!SECTION_NAME.matcher(name).matches() || sections.put(name, shape) != null) {
                throw new IllegalArgumentException("bad or repeated section name " + name);
            }
            return this;
        }

        /** Adds sections of one shape. */
        Builder sections(Iterable<String> names, Shape shape) {
            for (String name : names) {
                section(name, shape);
            }
            return this;
        }

        /**
         * Lets any other well-formed section name in, with one shape: a dictionary's families.
         *
         * @param meaning how the message about an unknown section names them, e.g.
         *     {@code a [family] of terms}
         * @param notThese names that are no such section, because they mean something in a
         *     sibling file: {@code [things]} belongs in the stop-list, not among the families
         */
        Builder otherSections(String meaning, Shape shape, Set<String> notThese) {
            this.otherSections = shape;
            this.otherSectionsMeaning = meaning;
            this.reserved = Set.copyOf(notThese);
            return this;
        }

        /** Adds a check across entries. */
        Builder check(Check check) {
            checks.add(check);
            return this;
        }

        CatalogSchema build() {
            return new CatalogSchema(sections, otherSections, otherSectionsMeaning, reserved, checks);
        }
    }

    /** Plain word lists: phrases of one or more words, no flags. */
    static Words words() {
        return new Words(Set.of(), false, null);
    }

    /** A word list whose entries are single words. */
    static Words singleWords(Set<String> flags) {
        return new Words(flags, true, null);
    }

    /** Fields, all required. */
    static Fields fields(CatalogField... required) {
        return new Fields(List.of(required), List.of());
    }
}
