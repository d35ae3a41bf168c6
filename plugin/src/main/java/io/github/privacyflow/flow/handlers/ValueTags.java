package io.github.privacyflow.flow.handlers;

import java.util.List;

/**
 * The tags that say where a stream or writer leads, that a value was read from the
 * configuration ({@code setting}), or that a query writes ({@code query-write}), as bits of a
 * value's tag set.
 */
final class ValueTags {

    private static final List<String> NAMES = List.of("stdout", "file", "http", "setting", WritingQueries.TAG, "random");

    /** A value read from the configuration: a property, an OSGi dictionary entry, an environment variable. */
    static final int SETTING = bit("setting");

    /** A value made at random: a random UUID, a random number, a random string. */
    static final int RANDOM = bit("random");

    private ValueTags() {
    }

    /**
     * Returns the bit of a tag.
     *
     * @param name e.g. {@code file}
     * @return the bit
     * @throws IllegalArgumentException for an unknown tag
     */
    static int bit(String name) {
        int index = NAMES.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("unknown tag " + name + "; known: " + NAMES);
        }
        return 1 << index;
    }
}
