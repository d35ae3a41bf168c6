package io.github.privacyflow.flow.calls;

import static io.github.privacyflow.flow.calls.AsmFixtures.method;
import static io.github.privacyflow.flow.calls.AsmFixtures.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.MethodModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;

/** What a resolved call tells the handlers: its candidates, annotations, receiver and fluent shape. */
class ResolvedCallMutationTest {

    private static final String SINK = "Lio/github/privacyflow/annotations/Sink;";

    private final ClassModel base = type("p/Base").method("run", "()V").build();
    private final ClassModel builder = type("p/Builder").extending("p/Base").implementing("p/Fluent")
            .method("run", "()V", SINK).build();
    private final ClassModel fluent = type("p/Fluent").asInterface().build();

    private static ResolvedCall call(int opcode, String owner, String descriptor, Optional<MethodModel> declared,
            List<MethodModel> targets) {
        return new ResolvedCall(opcode, owner, "run", descriptor, owner, declared, targets, true);
    }

    @Test
    void theCandidatesAreTheTargetsThenTheNamedMethod() {
        MethodModel named = method(base, "run", "()V");
        MethodModel target = method(builder, "run", "()V");
        assertEquals(List.of(target, named),
                call(Opcodes.INVOKEVIRTUAL, "p/Base", "()V", Optional.of(named), List.of(target)).candidates());
    }

    @Test
    void anAnnotatedTargetMakesTheCallAnnotated() {
        ResolvedCall call = call(Opcodes.INVOKEVIRTUAL, "p/Base", "()V", Optional.of(method(base, "run", "()V")),
                List.of(method(builder, "run", "()V")));
        assertTrue(call.hasAnnotation("io.github.privacyflow.annotations.Sink"));
        assertFalse(call.hasAnnotation("io.github.privacyflow.annotations.Anonymizer"));
    }

    @Test
    void aCallReturningItsOwnerOrAProgramSuperTypeHasTheFluentShape() {
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy(base, builder, fluent)) {
            assertTrue(returnsOwnType(hierarchy, "()Lp/Builder;"));
            assertTrue(returnsOwnType(hierarchy, "()Lp/Base;"));
            assertTrue(returnsOwnType(hierarchy, "()Lp/Fluent;"));
            assertFalse(returnsOwnType(hierarchy, "()Ljava/lang/Object;"));
            assertFalse(returnsOwnType(hierarchy, "()Ljava/lang/String;"));
            assertFalse(returnsOwnType(hierarchy, "()I"));
            assertFalse(returnsOwnType(hierarchy, "()[Lp/Builder;"));
        }
    }

    private static boolean returnsOwnType(ClassHierarchy hierarchy, String descriptor) {
        return call(Opcodes.INVOKEVIRTUAL, "p/Builder", descriptor, Optional.empty(), List.of()).returnsOwnType(hierarchy);
    }

    @Test
    void onlyAStaticCallHasNoReceiver() {
        assertFalse(call(Opcodes.INVOKESTATIC, "p/Base", "()V", Optional.empty(), List.of()).hasReceiver());
        assertTrue(call(Opcodes.INVOKESPECIAL, "p/Base", "()V", Optional.empty(), List.of()).hasReceiver());
        assertTrue(call(Opcodes.INVOKEINTERFACE, "p/Base", "()V", Optional.empty(), List.of()).hasReceiver());
    }
}
