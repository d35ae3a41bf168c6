package io.github.privacyflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A source describes itself with its category, and says when only its name classified it. */
class DataSourceMutationTest {

    @Test
    void anInferredSourceSaysSo() {
        assertEquals("Participant.email (user-interaction, inferred from the name)",
                new DataSource("Participant.email", "user-interaction", true, null, null).describe());
    }

    @Test
    void aDeclaredSourceNamesOnlyItsCategory() {
        assertEquals("Participant.email (contact)", new DataSource("Participant.email", "contact", false, null, null).describe());
    }
}
