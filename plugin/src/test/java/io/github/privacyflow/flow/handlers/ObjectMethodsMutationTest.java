package io.github.privacyflow.flow.handlers;

import static io.github.privacyflow.flow.calls.AsmFixtures.method;
import static io.github.privacyflow.flow.calls.AsmFixtures.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.privacyflow.flow.calls.AsmFixtures;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.flow.calls.ResolvedCall;
import io.github.privacyflow.model.ClassModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;

/** Object's own toString and hashCode, which say nothing personal. */
class ObjectMethodsMutationTest {

    private final ClassModel plain = type("p/Plain").build();
    private final ClassModel named = type("p/Named").method("toString", "()Ljava/lang/String;").build();
    private final ClassHierarchy hierarchy = AsmFixtures.hierarchy(plain, named);
    private final HandlerContext context = HandlerFixtures.context(hierarchy);

    @AfterEach
    void close() {
        hierarchy.close();
    }

    @Test
    void toStringAndHashCodeOfObjectItselfReturnNothingPersonal() {
        ObjectMethods methods = new ObjectMethods(context);
        CallEffect nothingPersonal = new CallEffect(false, true);
        assertEquals(nothingPersonal, methods.effect(objectCall("p/Plain", "toString", "()Ljava/lang/String;")));
        assertEquals(nothingPersonal, methods.effect(objectCall("p/Plain", "hashCode", "()I")));
        assertEquals(CallEffect.NONE, methods.effect(objectCall("p/Plain", "toString", "(I)Ljava/lang/String;")));
        assertEquals(CallEffect.NONE, methods.effect(objectCall("p/Plain", "hashCode", "()J")));
        assertEquals(CallEffect.NONE, methods.effect(objectCall("p/Plain", "equals", "(Ljava/lang/Object;)Z")));
        assertEquals(CallEffect.NONE, methods.effect(objectCall("p/Named", "toString", "()Ljava/lang/String;")));
    }

    private static ResolvedCall objectCall(String owner, String name, String descriptor) {
        return new ResolvedCall(Opcodes.INVOKEVIRTUAL, owner, name, descriptor, owner, Optional.empty(), List.of(), true);
    }
}
