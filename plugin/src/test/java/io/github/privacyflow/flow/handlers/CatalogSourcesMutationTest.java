package io.github.privacyflow.flow.handlers;

import static io.github.privacyflow.flow.handlers.HandlerFixtures.libraryCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.calls.AsmFixtures;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;

/** Sources the bundled catalogue names. */
class CatalogSourcesMutationTest {

    private final ClassHierarchy hierarchy = AsmFixtures.hierarchy();

    @AfterEach
    void close() {
        hierarchy.close();
    }

    @Test
    void aCatalogueSourceMethodsResultIsPersonalData() {
        CatalogSources sources = new CatalogSources(FlowCatalogs.bundled(), HandlerFixtures.context(hierarchy));
        Optional<Label> address = sources.result(libraryCall(Opcodes.INVOKEINTERFACE, "javax/servlet/ServletRequest",
                "getRemoteAddr", "()Ljava/lang/String;"));
        assertTrue(address.isPresent());
        assertEquals("user-interaction", address.get().source().category());
        assertEquals(Optional.empty(), sources.result(libraryCall(Opcodes.INVOKEINTERFACE, "javax/servlet/ServletRequest",
                "getCharacterEncoding", "()Ljava/lang/String;")));
    }
}
