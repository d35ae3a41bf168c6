package io.github.privacyflow.flow.handlers;

import static io.github.privacyflow.flow.calls.AsmFixtures.method;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.calls.AsmFixtures;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.policy.PolicyException;
import io.github.privacyflow.policy.PolicyLoader;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sources the agreement names. */
class PolicySourcesMutationTest {

    private final ClassHierarchy hierarchy = AsmFixtures.hierarchy();

    @AfterEach
    void close() {
        hierarchy.close();
    }

    @Test
    void anAgreementFieldSourceNamesExactlyThatField() throws PolicyException {
        PolicySources sources = new PolicySources(HandlerFixtures.context(hierarchy, PolicyLoader.parse(String.join("\n",
                "sources:",
                "  - { field: \"com.example.crm.Contact#email\", category: user-interaction }",
                "  - { method: \"com.example.sso.Session#getUserName()\", category: user-interaction }",
                ""), Path.of("agreement.yaml"))));

        Optional<Label> email = sources.field("com/example/crm/Contact", "email");
        assertTrue(email.isPresent());
        assertEquals("Contact.email", email.get().source().description());
        assertEquals(Optional.empty(), sources.field("com/example/crm/Contact", "phone"));
        assertEquals(Optional.empty(), sources.field("com/example/crm/Lead", "email"));
        assertEquals(Optional.empty(), sources.field("com/example/sso/Session", "getUserName"));
    }
}
