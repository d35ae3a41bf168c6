package io.github.privacyflow.flow.handlers;

import static io.github.privacyflow.flow.calls.AsmFixtures.method;
import static io.github.privacyflow.flow.calls.AsmFixtures.type;
import static io.github.privacyflow.flow.handlers.HandlerFixtures.declaredCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.flow.Label;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.flow.calls.AsmFixtures;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.model.ClassModel;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;

/** Sources the program declares: annotated method results and parameters. */
class ClassifiedSourcesMutationTest {

    private final ClassModel profile = type("p/Profile")
            .method(Opcodes.ACC_PUBLIC, "nickname", "()Ljava/lang/String;",
                    code -> code.visitAnnotation(HandlerFixtures.PERSONAL_DATA, true).visitEnd())
            .method("plain", "()V")
            .build();
    private final ClassModel api = type("p/Api")
            .method(Opcodes.ACC_PUBLIC, "login", "(Ljava/lang/String;)V",
                    code -> code.visitParameterAnnotation(0, HandlerFixtures.PERSONAL_DATA, true).visitEnd())
            .method(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "lookup", "(Ljava/lang/String;)V", code -> { })
            .build();
    private final ClassHierarchy hierarchy = AsmFixtures.hierarchy(profile, api);

    @AfterEach
    void close() {
        hierarchy.close();
    }

    @Test
    void anAnnotatedMethodsResultIsPersonalData() {
        ClassifiedSources classified = new ClassifiedSources(HandlerFixtures.context(hierarchy));
        Optional<Label> label = classified.result(declaredCall(Opcodes.INVOKEVIRTUAL,
                method(profile, "nickname", "()Ljava/lang/String;")));
        assertTrue(label.isPresent());
        assertEquals("p/Profile", label.get().source().holderType());
        assertEquals(Optional.empty(), classified.result(declaredCall(Opcodes.INVOKEVIRTUAL, method(profile, "plain", "()V"))));
    }

    @Test
    void anAnnotatedParameterIsPersonalDataOfTheInferredCategory() {
        ClassifiedSources classified = new ClassifiedSources(HandlerFixtures.context(hierarchy));
        MethodModel login = method(api, "login", "(Ljava/lang/String;)V");

        Optional<Label> label = classified.parameter(login, 0);

        assertTrue(label.isPresent());
        assertEquals("user-interaction", label.get().source().category());
        assertEquals(Optional.empty(), classified.parameter(method(api, "lookup", "(Ljava/lang/String;)V"), 0));
    }
}
