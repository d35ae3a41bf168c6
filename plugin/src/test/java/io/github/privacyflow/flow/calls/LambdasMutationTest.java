package io.github.privacyflow.flow.calls;

import static io.github.privacyflow.flow.calls.AsmFixtures.method;
import static io.github.privacyflow.flow.calls.AsmFixtures.type;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.MethodModel;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/** Lambdas and method references seen as calls of their implementation. */
class LambdasMutationTest {

    private static final Handle METAFACTORY = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory",
            "metafactory", "()V", false);
    private static final Handle CONCAT = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/StringConcatFactory",
            "makeConcatWithConstants", "()V", false);

    private static InvokeDynamicInsnNode dynamic(Handle bootstrap, Object... arguments) {
        return new InvokeDynamicInsnNode("apply", "()Ljava/util/function/Function;", bootstrap, arguments);
    }

    @Test
    void aMetafactoryCallWithTooFewArgumentsMakesNoLambda() {
        Handle implementation = new Handle(Opcodes.H_INVOKESTATIC, "p/A", "f", "()V", false);
        assertEquals(Optional.empty(), Lambdas.implementation(dynamic(METAFACTORY, implementation)));
        assertEquals(Optional.of(implementation),
                Lambdas.implementation(dynamic(METAFACTORY, Type.getType("()V"), implementation, Type.getType("()V"))));
        assertEquals(Optional.empty(),
                Lambdas.implementation(dynamic(CONCAT, Type.getType("()V"), implementation, Type.getType("()V"))));
    }

    @Test
    void staticMethodsAndConstructorsTakeNoReceiver() {
        assertFalse(Lambdas.hasReceiver(new Handle(Opcodes.H_INVOKESTATIC, "p/A", "f", "(I)V", false)));
        assertFalse(Lambdas.hasReceiver(new Handle(Opcodes.H_NEWINVOKESPECIAL, "p/A", "<init>", "(I)V", false)));
        assertTrue(Lambdas.hasReceiver(new Handle(Opcodes.H_INVOKEVIRTUAL, "p/A", "f", "(I)V", false)));
    }

    @Test
    void theReceiverComesBeforeTheDeclaredParameters() {
        Type[] values = Lambdas.valueTypes(new Handle(Opcodes.H_INVOKEVIRTUAL, "p/A", "f", "(ILjava/lang/String;)V", false));
        assertArrayEquals(new Type[] {Type.getObjectType("p/A"), Type.INT_TYPE, Type.getType(String.class)}, values);
        assertArrayEquals(new Type[] {Type.INT_TYPE},
                Lambdas.valueTypes(new Handle(Opcodes.H_INVOKESTATIC, "p/A", "f", "(I)V", false)));
    }

    @Test
    void anInvokeDynamicRefersToAMethodOnlyByItsOwnerNameAndDescriptor() {
        ClassModel a = type("p/A").method("f", "(I)V").build();
        MethodModel f = method(a, "f", "(I)V");
        Type erased = Type.getType("()V");

        assertTrue(Lambdas.refersTo(dynamic(METAFACTORY, erased,
                new Handle(Opcodes.H_INVOKEVIRTUAL, "p/A", "f", "(I)V", false), erased), f));
        assertFalse(Lambdas.refersTo(dynamic(METAFACTORY, erased,
                new Handle(Opcodes.H_INVOKEVIRTUAL, "p/B", "f", "(I)V", false), erased), f));
        assertFalse(Lambdas.refersTo(dynamic(METAFACTORY, erased,
                new Handle(Opcodes.H_INVOKEVIRTUAL, "p/A", "g", "(I)V", false), erased), f));
        assertFalse(Lambdas.refersTo(dynamic(METAFACTORY, erased,
                new Handle(Opcodes.H_INVOKEVIRTUAL, "p/A", "f", "(J)V", false), erased), f));
        assertFalse(Lambdas.refersTo(dynamic(CONCAT, "f", 1), f));
    }
}
