package io.github.privacyflow.catalog;

import io.github.privacyflow.policy.MemberRef;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One checked entry of a catalogue file: where it is, its text, and its values as the
 * section's shape reads them. A dictionary phrase has {@linkplain #words() words} and maybe a
 * {@linkplain #flag() flag}; an entry of fields has a value per {@link CatalogField}.
 * Immutable.
 */
public final class CatalogEntry {

    private final String file;
    private final int line;
    private final String section;
    private final String text;
    private final List<String> words;
    private final String flag;
    private final Map<CatalogField, Object> values;

    private CatalogEntry(String file, int line, String section, String text, List<String> words, String flag,
            Map<CatalogField, Object> values) {
        this.file = file;
        this.line = line;
        this.section = section;
        this.text = text;
        this.words = words;
        this.flag = flag;
        this.values = values;
    }

    /** A dictionary phrase. */
    static CatalogEntry phrase(String file, int line, String section, String text, List<String> words,
            String flag) {
        return new CatalogEntry(file, line, section, text, List.copyOf(words), flag, Map.of());
    }

    /** An entry of fields, each value already checked. */
    static CatalogEntry fields(String file, int line, String section, String text, List<String> words,
            Map<CatalogField, Object> values) {
        Map<CatalogField, Object> copy = new EnumMap<>(CatalogField.class);
        copy.putAll(values);
        return new CatalogEntry(file, line, section, text, List.copyOf(words), null, Collections.unmodifiableMap(copy));
    }

    /**
     * The line the entry is on, counting from 1.
     *
     * @return the line number
     */
    public int line() {
        return line;
    }

    /**
     * Where the entry is, as messages name it.
     *
     * @return {@code file:line}, e.g. {@code sinks.catalog:31}
     */
    public String location() {
        return file + ":" + line;
    }

    /**
     * The section the entry is in.
     *
     * @return the section name, e.g. {@code logging}
     */
    public String section() {
        return section;
    }

    /**
     * The entry as written, without its comment and surrounding white space.
     *
     * @return e.g. {@code org.slf4j.Logger#info(*)} or {@code email address ~person}
     */
    public String text() {
        return text;
    }

    /**
     * The words of the entry: a phrase's lower-case words without the flag, or the fields of
     * an entry of fields as written (the text field whole).
     *
     * @return the words, in order
     */
    public List<String> words() {
        return words;
    }

    /**
     * A dictionary phrase's flag.
     *
     * @return the flag, e.g. {@code ~person}; empty when it has none or is no phrase
     */
    public Optional<String> flag() {
        return Optional.ofNullable(flag);
    }

    /**
     * The member of an entry whose section has a {@link CatalogField#METHOD} or
     * {@link CatalogField#MEMBER} field.
     *
     * @return the parsed member pattern
     * @throws IllegalStateException when the section's entries have no member
     */
    public MemberRef member() {
        Object member = values.containsKey(CatalogField.METHOD) ? values.get(CatalogField.METHOD)
                : values.get(CatalogField.MEMBER);
        if (member == null) {
            throw new IllegalStateException("entries of [" + section + "] have no member");
        }
        return (MemberRef) member;
    }

    /**
     * A field's value as written; for {@link CatalogField#IF_TAG} the tag without {@code if=}.
     *
     * @param field the field
     * @return the value, empty when the entry does not give it
     */
    public Optional<String> find(CatalogField field) {
        Object value = values.get(field);
        if (value instanceof MemberRef member) {
            return Optional.of(member.toString());
        }
        return Optional.ofNullable((String) value);
    }

    /**
     * A field's value, which the section's shape requires.
     *
     * @param field the field
     * @return the value, as {@link #find} gives it
     * @throws IllegalStateException when the entry has no such field
     */
    public String get(CatalogField field) {
        return find(field).orElseThrow(() -> new IllegalStateException(location() + " has no " + field));
    }

    /**
     * What makes two entries of a section the same: a phrase's words run together (so
     * {@code user name} and {@code username} collide, as they match the same names), or the
     * fields in canonical form.
     */
    String key() {
        if (values.isEmpty()) {
            return String.join("", words);
        }
        StringBuilder key = new StringBuilder();
        for (Map.Entry<CatalogField, Object> e : values.entrySet()) {
            if (e.getKey() != CatalogField.TEXT) {
                key.append(key.length() == 0 ? "" : " ").append(e.getValue());
            }
        }
        return key.toString();
    }

    @Override
    public String toString() {
        return location() + ": " + text;
    }
}
