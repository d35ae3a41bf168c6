package io.github.privacyflow.flow.calls;

import static io.github.privacyflow.flow.calls.AsmFixtures.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.model.ClassModel;
import org.junit.jupiter.api.Test;

/** Field keys by declaring class, and which keys name program fields. */
class FieldResolverMutationTest {

    private final ClassModel base = type("p/Base").field("email", "Ljava/lang/String;").build();
    private final ClassModel sub = type("p/Sub").extending("p/Base").build();

    @Test
    void aKeyOfADeclaredFieldIsAProgramField() {
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy(base, sub)) {
            FieldResolver fields = new FieldResolver(hierarchy);
            String key = fields.key("p/Sub", "email");
            assertEquals("p/Base#email", key);
            assertTrue(fields.isProgramField(key));
            assertTrue(fields.isProgramField("p/Sub#email"));
        }
    }

    @Test
    void keysOfUndeclaredOrLibraryFieldsOrWithoutOwnerAreNotProgramFields() {
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy(base, sub)) {
            FieldResolver fields = new FieldResolver(hierarchy);
            assertFalse(fields.isProgramField("p/Base#phone"));
            assertFalse(fields.isProgramField(fields.key("java/lang/System", "out")));
            assertFalse(fields.isProgramField("email"));
            assertFalse(fields.isProgramField("#email"));
        }
    }
}
