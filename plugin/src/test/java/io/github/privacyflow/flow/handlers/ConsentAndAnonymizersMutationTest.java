package io.github.privacyflow.flow.handlers;

import static io.github.privacyflow.flow.calls.AsmFixtures.method;
import static io.github.privacyflow.flow.calls.AsmFixtures.type;
import static io.github.privacyflow.flow.handlers.HandlerFixtures.declaredCall;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.privacyflow.flow.calls.AsmFixtures;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.model.ClassModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;

/** Consent gates and anonymizers, alone and together. */
class ConsentAndAnonymizersMutationTest {

    private static final String CONSENT = "Lio/github/privacyflow/annotations/ConsentGate;";
    private static final String ANONYMIZER = "Lio/github/privacyflow/annotations/Anonymizer;";

    private final ClassModel gates = type("p/Gates")
            .method("both", "()V", CONSENT, ANONYMIZER)
            .method("consent", "()V", CONSENT)
            .method("anonymize", "()V", ANONYMIZER)
            .method("neither", "()V")
            .build();
    private final ClassHierarchy hierarchy = AsmFixtures.hierarchy(gates);

    @AfterEach
    void close() {
        hierarchy.close();
    }

    @Test
    void consentGatesAndAnonymizersAreToldApart() {
        ConsentAndAnonymizers model = new ConsentAndAnonymizers();
        assertEquals(new CallEffect(true, true), model.effect(declaredCall(Opcodes.INVOKEVIRTUAL, method(gates, "both", "()V"))));
        assertEquals(new CallEffect(true, false), model.effect(declaredCall(Opcodes.INVOKEVIRTUAL, method(gates, "consent", "()V"))));
        assertEquals(new CallEffect(false, true), model.effect(declaredCall(Opcodes.INVOKEVIRTUAL, method(gates, "anonymize", "()V"))));
        assertEquals(CallEffect.NONE, model.effect(declaredCall(Opcodes.INVOKEVIRTUAL, method(gates, "neither", "()V"))));
    }
}
