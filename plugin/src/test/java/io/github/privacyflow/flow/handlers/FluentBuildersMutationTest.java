package io.github.privacyflow.flow.handlers;

import static io.github.privacyflow.flow.handlers.HandlerFixtures.libraryCall;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.privacyflow.flow.calls.AsmFixtures;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;

/** Fluent builders of unknown libraries: which calls return the builder itself. */
class FluentBuildersMutationTest {

    private final ClassHierarchy hierarchy = AsmFixtures.hierarchy();
    private final HandlerContext context = HandlerFixtures.context(hierarchy);
    private final FlowCatalogs catalogs = FlowCatalogs.bundled();
    private final ImmutableTypes immutable = new ImmutableTypes(catalogs.immutableTypes, hierarchy);

    @AfterEach
    void close() {
        hierarchy.close();
    }

    @Test
    void aMutableBuilderOrSpecReturningItsOwnTypeReturnsItself() {
        ImmutableTypes frozen = new ImmutableTypes(List.of("org/vendor/FrozenBuilder"), hierarchy);
        FluentBuilders builders = new FluentBuilders(frozen, context);
        CallFlow intoAndReturns = new CallFlow(null, true, true, 0);

        assertEquals(intoAndReturns, builders.flow(libraryCall(Opcodes.INVOKEVIRTUAL, "org/vendor/RequestBuilder", "header",
                "(Ljava/lang/String;)Lorg/vendor/RequestBuilder;"), false));
        assertEquals(intoAndReturns, builders.flow(libraryCall(Opcodes.INVOKEINTERFACE, "org/vendor/RequestSpec", "body",
                "(Ljava/lang/Object;)Lorg/vendor/RequestSpec;"), false));
        assertEquals(CallFlow.UNKNOWN, builders.flow(libraryCall(Opcodes.INVOKEVIRTUAL, "org/vendor/Request", "header",
                "(Ljava/lang/String;)Lorg/vendor/Request;"), false));
        assertEquals(CallFlow.UNKNOWN, builders.flow(libraryCall(Opcodes.INVOKEVIRTUAL, "org/vendor/FrozenBuilder", "header",
                "(Ljava/lang/String;)Lorg/vendor/FrozenBuilder;"), false));
        assertEquals(CallFlow.UNKNOWN, builders.flow(libraryCall(Opcodes.INVOKEVIRTUAL, "org/vendor/RequestBuilder", "build",
                "()Lorg/vendor/Request;"), false));
    }

    @Test
    void aStaticFactoryOrAConstructorOfABuilderIsNoFluentCall() {
        FluentBuilders builders = new FluentBuilders(immutable, context);
        assertEquals(CallFlow.UNKNOWN, builders.flow(libraryCall(Opcodes.INVOKESTATIC, "org/vendor/RequestBuilder", "copy",
                "(Lorg/vendor/RequestBuilder;)Lorg/vendor/RequestBuilder;"), false));
        assertEquals(CallFlow.UNKNOWN, builders.flow(libraryCall(Opcodes.INVOKESPECIAL, "org/vendor/RequestBuilder", "<init>",
                "(Lorg/vendor/RequestBuilder;)Lorg/vendor/RequestBuilder;"), false));
    }
}
