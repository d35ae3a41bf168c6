package io.github.privacyflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.policy.SinkKind;
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
        for (String kind : List.of("jdbc", "jpa", "object-storage", "file", "ldap")) {
            assertTrue(new SinkSpec(kind, null, SinkSpec.Sunk.ALL, 0, "built-in").stores(), kind);
        }
        for (String kind : List.of("logging", "http", "messaging", "analytics", "mail", "sms", "push")) {
            assertFalse(new SinkSpec(kind, null, SinkSpec.Sunk.ALL, 0, "built-in").stores(), kind);
        }
        // An @Sink method names a processor, not a kind: nothing says it stores.
        assertFalse(new SinkSpec(null, "Mailchimp", SinkSpec.Sunk.ALL, 0, "@Sink").stores());
    }

    @Test
    void aBuiltInKindStoresExactlyWhenItsKindSaysSo() {
        // Sinks.stores asks SinkSpec for catalogue sinks and SinkKind for @Sink processors' kinds:
        // the two must agree, or PF006/PF009 would depend on how a sink was declared.
        for (SinkKind kind : SinkKind.values()) {
            assertEquals(kind.isStorage(), new SinkSpec(kind.id(), null, SinkSpec.Sunk.ALL, 0, "built-in").stores(), kind.id());
        }
    }
}
