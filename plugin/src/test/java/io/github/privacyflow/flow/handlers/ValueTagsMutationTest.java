package io.github.privacyflow.flow.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Each tag is its own bit, in catalogue order. */
class ValueTagsMutationTest {

    @Test
    void eachKnownTagHasItsOwnBit() {
        assertEquals(1, ValueTags.bit("stdout"));
        assertEquals(2, ValueTags.bit("file"));
        assertEquals(4, ValueTags.bit("http"));
        assertEquals(8, ValueTags.bit("setting"));
        assertEquals(8, ValueTags.SETTING);
        assertEquals(32, ValueTags.bit("random"));
        assertEquals(32, ValueTags.RANDOM);
    }

    @Test
    void anUnknownTagIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ValueTags.bit("socket"));
        assertEquals("unknown tag socket; known: [stdout, file, http, setting, query-write, random]", e.getMessage());
    }
}
