package io.github.privacyflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Classes are named by their simple name, nested ones by their own. */
class ClassNamesMutationTest {

    @Test
    void aNestedClassIsNamedByItsOwnName() {
        assertEquals("Line", ClassNames.simple("com/acme/Order$Line"));
    }

    @Test
    void aTopLevelClassLosesItsPackage() {
        assertEquals("Order", ClassNames.simple("com/acme/Order"));
        assertEquals("Order", ClassNames.simple("Order"));
    }

    @Test
    void anUnknownClassIsAQuestionMark() {
        assertEquals("?", ClassNames.simple(null));
    }
}
