package io.github.privacyflow.flow.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.privacyflow.flow.calls.AsmFixtures;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Accessors that persistence enhancers add, and names that only look like them. */
class PersistenceEnhancersMutationTest {

    private final ClassHierarchy hierarchy = AsmFixtures.hierarchy();
    private final HandlerContext context = HandlerFixtures.context(hierarchy);

    @AfterEach
    void close() {
        hierarchy.close();
    }

    @Test
    void aBarePcPrefixIsNoOpenJpaAccessor() {
        PersistenceEnhancers enhancers = new PersistenceEnhancers(context);
        assertEquals(Optional.empty(), enhancers.fieldAccess("p/Plain", "pc"));
        assertEquals(Optional.empty(), enhancers.fieldAccess("p/Plain", "pcGetEmail"));
    }
}
