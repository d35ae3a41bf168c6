package io.github.privacyflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A module without classes has an empty flow result, with nothing in it. */
class FlowResultMutationTest {

    @Test
    void theEmptyResultHoldsNothing() {
        FlowResult empty = FlowResult.empty();
        assertEquals(List.of(), empty.flows());
        assertTrue(empty.storedTypes().isEmpty());
        assertTrue(empty.entryPointStores().isEmpty());
        assertTrue(empty.callers().isEmpty());
        assertTrue(empty.packagePurposes().isEmpty());
    }
}
