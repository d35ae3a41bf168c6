package io.github.privacyflow.flow.handlers;

import static io.github.privacyflow.flow.calls.AsmFixtures.type;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.flow.calls.AsmFixtures;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The catalogue's immutable types, by package prefix or super type. */
class ImmutableTypesMutationTest {

    private final ClassHierarchy hierarchy = AsmFixtures.hierarchy();
    private final FlowCatalogs catalogs = FlowCatalogs.bundled();
    private final ImmutableTypes immutable = new ImmutableTypes(catalogs.immutableTypes, hierarchy);

    @AfterEach
    void close() {
        hierarchy.close();
    }

    @Test
    void immutableTypesAreNamedByPackagePrefixOrSuperType() {
        assertTrue(immutable.contains("java/math/BigDecimal"));
        assertTrue(immutable.contains("java/lang/Integer"));
        assertFalse(immutable.contains("java/util/ArrayList"));
    }
}
