package io.github.privacyflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A catalogue's list of sunk values reads {@code args}, {@code this} and argument indexes; some sink kinds store. */
class SinkSpecMutationTest {

    @Test
    void parsingReadsEveryKindOfWord() {
        assertEquals(new SinkSpec.Sunk(true, true, false, List.of(2)), SinkSpec.Sunk.parse("args, this, 2"));
        assertEquals(new SinkSpec.Sunk(false, false, false, List.of(0, 3)), SinkSpec.Sunk.parse("0,3"));
    }

    @Test
    void aParsedIndexIsTakenAndOthersAreNot() {
        SinkSpec.Sunk sunk = SinkSpec.Sunk.parse("1");
        assertTrue(sunk.takesArgument(1));
        assertFalse(sunk.takesArgument(0));
    }

    @Test
    void anUnknownWordIsRejected() {
        assertThrows(NumberFormatException.class, () -> SinkSpec.Sunk.parse("result"));
    }

    @Test
    void onlyStoringSinkKindsStore() {
        for (String kind : List.of("jdbc", "jpa", "object-storage", "file")) {
            assertTrue(new SinkSpec(kind, null, SinkSpec.Sunk.ALL, 0, "built-in").stores(), kind);
        }
        assertFalse(new SinkSpec("logging", null, SinkSpec.Sunk.ALL, 0, "built-in").stores());
        // An @Sink method names a processor, not a kind: nothing says it stores.
        assertFalse(new SinkSpec(null, "Mailchimp", SinkSpec.Sunk.ALL, 0, "@Sink").stores());
    }
}
