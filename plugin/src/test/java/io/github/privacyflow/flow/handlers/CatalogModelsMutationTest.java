package io.github.privacyflow.flow.handlers;

import static io.github.privacyflow.flow.calls.AsmFixtures.method;
import static io.github.privacyflow.flow.handlers.HandlerFixtures.libraryCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.flow.calls.AsmFixtures;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.flow.calls.ResolvedCall;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;

/** The catalogue's library models: value tags of methods and static fields, and calls that fill their receiver. */
class CatalogModelsMutationTest {

    private final ClassHierarchy hierarchy = AsmFixtures.hierarchy();
    private final HandlerContext context = HandlerFixtures.context(hierarchy);
    private final FlowCatalogs catalogs = FlowCatalogs.bundled();
    private final ImmutableTypes immutable = new ImmutableTypes(catalogs.immutableTypes, hierarchy);

    @AfterEach
    void close() {
        hierarchy.close();
    }

    private CallFlow catalog(ResolvedCall call) {
        return new CatalogModels(catalogs, immutable, context).flow(call, false);
    }

    @Test
    void aCatalogueMethodTagMarksTheResultAndAFieldTagDoesNotMatchAMethod() {
        assertEquals(new CallFlow(null, false, false, ValueTags.bit("file")), catalog(libraryCall(Opcodes.INVOKESTATIC,
                "java/nio/file/Files", "newOutputStream",
                "(Ljava/nio/file/Path;[Ljava/nio/file/OpenOption;)Ljava/io/OutputStream;")));
        assertEquals(new CallFlow(null, false, false, ValueTags.bit("http")), catalog(libraryCall(Opcodes.INVOKEVIRTUAL,
                "java/net/URLConnection", "getOutputStream", "()Ljava/io/OutputStream;")));
        // System#out is a static field's tag; a method that happens to share its name is unknown.
        assertEquals(CallFlow.UNKNOWN, catalog(libraryCall(Opcodes.INVOKESTATIC, "java/lang/System", "out",
                "()Ljava/io/PrintStream;")));
    }

    @Test
    void staticFieldTagsNeedTheFieldsNameAndClass() {
        CatalogModels models = new CatalogModels(catalogs, immutable, context);
        assertEquals(ValueTags.bit("stdout"), models.staticFieldTags("java/lang/System", "out"));
        assertEquals(ValueTags.bit("stdout"), models.staticFieldTags("java/lang/System", "err"));
        assertEquals(0, models.staticFieldTags("java/lang/System", "in"));
        assertEquals(0, models.staticFieldTags("java/lang/Runtime", "out"));
        assertEquals(0, models.staticFieldTags("java/nio/file/Files", "newOutputStream"));
    }

    @Test
    void aCollectionMutatorPutsItsArgumentIntoTheReceiver() {
        CallFlow add = catalog(libraryCall(Opcodes.INVOKEINTERFACE, "java/util/List", "add", "(Ljava/lang/Object;)Z"));
        assertTrue(add.intoReceiver(), add.toString());
        assertFalse(add.returnsReceiver(), add.toString());
        assertEquals(0, add.tags());
    }
}
