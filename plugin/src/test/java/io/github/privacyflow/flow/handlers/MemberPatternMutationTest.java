package io.github.privacyflow.flow.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.policy.MemberRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Catalogue member patterns: parsing, building from the agreement, and matching a method. */
class MemberPatternMutationTest {

    @Test
    void aPatternIsParsedIntoClassNameAndParameterTypes() {
        assertEquals(new MemberPattern("org/slf4j/Logger", "info", false, List.of("java.lang.String", "java.lang.Object")),
                MemberPattern.parse("org.slf4j.Logger#info( java.lang.String , java.lang.Object )"));
        assertEquals(new MemberPattern("a/B", "m", false, List.of()), MemberPattern.parse("a.B#m()"));
        assertEquals(new MemberPattern("a/B", "m", false, List.of("int")), MemberPattern.parse("a.B#m(int)"));
    }

    @Test
    void aStarClassMatchesAnyAndAStarNameIsAPrefixAndAStarListAnyParameters() {
        assertEquals(new MemberPattern(null, "set", true, null), MemberPattern.parse("*#set*(*)"));
        assertEquals(new MemberPattern("A", "go", false, null), MemberPattern.parse("A#go( * )"));
    }

    @Test
    void malformedPatternsAreRejected() {
        for (String text : new String[] {"#m()", "A#m", "A#m(int", "Am()", "A)#m"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MemberPattern.parse(text), text);
            assertEquals("expected Class#method(types) or Class#method(*): " + text, e.getMessage());
        }
    }

    @Test
    void anAgreementMemberKeepsItsTypesUnlessItTakesAnyOrIsAField() {
        assertEquals(new MemberPattern("a/B", "m", false, List.of("java.lang.String")),
                MemberPattern.of(MemberRef.parse("a.B#m(java.lang.String)")));
        assertEquals(new MemberPattern("a/B", "m", false, List.of()), MemberPattern.of(MemberRef.parse("a.B#m()")));
        assertEquals(new MemberPattern("a/B", "m", false, null), MemberPattern.of(MemberRef.parse("a.B#m(*)")));
        assertEquals(new MemberPattern("a/B", "email", false, null), MemberPattern.of(MemberRef.parse("a.B#email")));
    }

    @Test
    void aMethodMatchesOnlyWithTheSameNumberAndTypesOfParameters() {
        MemberPattern pattern = MemberPattern.parse("a.B#send(java.lang.String,int)");
        assertTrue(pattern.matchesMethod("send", "(Ljava/lang/String;I)V"));
        assertFalse(pattern.matchesMethod("send", "(Ljava/lang/String;)V"));
        assertFalse(pattern.matchesMethod("send", "(Ljava/lang/String;IZ)V"));
        assertFalse(pattern.matchesMethod("send", "(Ljava/lang/String;J)V"));
        assertFalse(pattern.matchesMethod("sendAll", "(Ljava/lang/String;I)V"));
        assertTrue(MemberPattern.parse("*#send*(*)").matchesMethod("sendAll", "(J)V"));
        assertFalse(MemberPattern.parse("*#send*(*)").matchesMethod("resend", "(J)V"));
    }
}
