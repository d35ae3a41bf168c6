package io.github.privacyflow.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberRefTest {

    @Test
    void parsesField() {
        MemberRef ref = MemberRef.parse("com.example.crm.Contact#email");
        assertEquals("com.example.crm.Contact", ref.className());
        assertEquals("com/example/crm/Contact", ref.internalClassName());
        assertEquals("email", ref.memberName());
        assertTrue(ref.isField());
        assertFalse(ref.isMethod());
        assertFalse(ref.anyParameters());
        assertEquals(Optional.empty(), ref.parameterTypes());
        assertEquals(OptionalInt.empty(), ref.parameterCount());
        assertEquals("com.example.crm.Contact#email", ref.toString());
    }

    @Test
    void matchesField() {
        MemberRef ref = MemberRef.parse("com.example.crm.Contact#email");
        assertTrue(ref.matchesField("com/example/crm/Contact", "email"));
        assertFalse(ref.matchesField("com/example/crm/Contact", "phone"));
        assertFalse(ref.matchesField("com/example/crm/Lead", "email"));
        assertFalse(ref.matchesField("com.example.crm.Contact", "email"));
        assertFalse(ref.matchesMethod("com/example/crm/Contact", "email", "()Ljava/lang/String;"));
    }

    @Test
    void parsesMethodWithoutParameters() {
        MemberRef ref = MemberRef.parse("com.example.sso.Session#getUserName()");
        assertTrue(ref.isMethod());
        assertFalse(ref.anyParameters());
        assertEquals(Optional.of(List.of()), ref.parameterTypes());
        assertEquals(OptionalInt.of(0), ref.parameterCount());
        assertTrue(ref.matchesMethod("com/example/sso/Session", "getUserName",
                "()Ljava/lang/String;"));
        assertFalse(ref.matchesMethod("com/example/sso/Session", "getUserName",
                "(I)Ljava/lang/String;"));
        assertFalse(ref.matchesField("com/example/sso/Session", "getUserName"));
    }

    @Test
    void parsesMethodWithParameters() {
        MemberRef ref = MemberRef.parse("com.example.Stats#track(java.lang.String,long)");
        assertEquals(Optional.of(List.of("java.lang.String", "long")), ref.parameterTypes());
        assertEquals(OptionalInt.of(2), ref.parameterCount());
        assertTrue(ref.matchesMethod("com/example/Stats", "track", "(Ljava/lang/String;J)V"));
        assertTrue(ref.matchesMethod("com/example/Stats", "track", "(Ljava/lang/String;J)I"));
        assertFalse(ref.matchesMethod("com/example/Stats", "track", "(Ljava/lang/String;I)V"));
        assertFalse(ref.matchesMethod("com/example/Stats", "track", "(Ljava/lang/String;)V"));
        assertFalse(ref.matchesMethod("com/example/Stats", "trace", "(Ljava/lang/String;J)V"));
        assertFalse(ref.matchesMethod("com/example/Other", "track", "(Ljava/lang/String;J)V"));
        assertFalse(ref.matchesMethod("com/example/Stats", "track", "not a descriptor"));
    }

    @Test
    void anyParameters() {
        MemberRef ref = MemberRef.parse("com.example.Crm#push(*)");
        assertTrue(ref.isMethod());
        assertTrue(ref.anyParameters());
        assertEquals(OptionalInt.empty(), ref.parameterCount());
        assertTrue(ref.matchesMethod("com/example/Crm", "push", "()V"));
        assertTrue(ref.matchesMethod("com/example/Crm", "push", "(Ljava/lang/Object;[BJ)Z"));
        assertFalse(ref.matchesMethod("com/example/Crm", "pull", "()V"));
        assertEquals("com.example.Crm#push(*)", ref.toString());
    }

    @Test
    void arraysAndNestedClasses() {
        MemberRef ref = MemberRef.parse(
                "a.b.Outer$Inner#put(byte[],a.B$C,java.lang.String[][],int...)");
        assertEquals("a.b.Outer$Inner", ref.className());
        assertEquals("a/b/Outer$Inner", ref.internalClassName());
        assertEquals(Optional.of(List.of("byte[]", "a.B$C", "java.lang.String[][]", "int[]")),
                ref.parameterTypes());
        assertTrue(ref.matchesMethod("a/b/Outer$Inner", "put",
                "([BLa/B$C;[[Ljava/lang/String;[I)V"));
        assertFalse(ref.matchesMethod("a/b/Outer$Inner", "put",
                "([BLa/B$C;[Ljava/lang/String;[I)V"));
        assertFalse(ref.matchesMethod("a/b/Outer", "put",
                "([BLa/B$C;[[Ljava/lang/String;[I)V"));
    }

    @Test
    void constructors() {
        MemberRef ref = MemberRef.parse("java.io.FileWriter#<init>(java.lang.String)");
        assertEquals("<init>", ref.memberName());
        assertTrue(ref.matchesMethod("java/io/FileWriter", "<init>", "(Ljava/lang/String;)V"));
    }

    @Test
    void equalityFollowsCanonicalForm() {
        assertEquals(MemberRef.parse("a.B#m(int[])"), MemberRef.parse("a.B#m(int...)"));
        assertEquals("a.B#m(int[])", MemberRef.parse("a.B#m(int...)").toString());
        assertFalse(MemberRef.parse("a.B#m()").equals(MemberRef.parse("a.B#m(*)")));
        assertFalse(MemberRef.parse("a.B#m()").equals(MemberRef.parse("a.B#m")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "com.example.Contact.email|bad member signature 'com.example.Contact.email': missing '#' between class and member; expected binary.class.Name#member",
        "#email|bad member signature '#email': missing class name before '#'",
        "com.example.Contact#|bad member signature 'com.example.Contact#': missing member name after '#'",
        "com.example.Contact#()|bad member signature 'com.example.Contact#()': missing method name after '#'",
        "a.B#c#d|bad member signature 'a.B#c#d': more than one '#'",
        "com..example.Contact#email|bad member signature 'com..example.Contact#email': 'com..example.Contact' has an empty name part",
        "com.example.Contact.#email|bad member signature 'com.example.Contact.#email': 'com.example.Contact.' has an empty name part",
        "com/example/Contact#email|bad member signature 'com/example/Contact#email': class names use dots, not slashes ('com.example.Contact')",
        "com.9example.Contact#email|bad member signature 'com.9example.Contact#email': 'com.9example.Contact' is not a valid binary class name",
        "a.B#get-name|bad member signature 'a.B#get-name': 'get-name' is not a valid field name",
        "a.B#get-name()|bad member signature 'a.B#get-name()': 'get-name' is not a valid method name",
        "a.B#m(|bad member signature 'a.B#m(': unbalanced parentheses",
        "a.B#m)|bad member signature 'a.B#m)': unbalanced parentheses",
        "a.B#m(int))|bad member signature 'a.B#m(int))': unbalanced parentheses",
        "a.B#m((int)|bad member signature 'a.B#m((int)': unbalanced parentheses",
        "a.B#m)(|bad member signature 'a.B#m)(': unbalanced parentheses",
        "a.B#m()x|bad member signature 'a.B#m()x': unexpected text after ')'",
        "a.B#m(int,)|bad member signature 'a.B#m(int,)': empty parameter type",
        "a.B#m(,int)|bad member signature 'a.B#m(,int)': empty parameter type",
        "a.B#m(*,int)|bad member signature 'a.B#m(*,int)': '*' must stand alone, as in (*), meaning any parameters",
        "a.B#m(int...,long)|bad member signature 'a.B#m(int...,long)': only the last parameter may be '...'",
        "a.B#m([])|bad member signature 'a.B#m([])': bad parameter type '[]'",
        "a.B#m(int[)|bad member signature 'a.B#m(int[)': bad parameter type 'int[': 'int[' is not a valid binary class name",
        "a.B#m(void)|bad member signature 'a.B#m(void)': 'void' is not a parameter type",
        "a.B#m(String)|bad member signature 'a.B#m(String)': parameter type 'String' must be fully qualified, e.g. java.lang.String",
        "a.B#m(java.lang.String, long)|bad member signature 'a.B#m(java.lang.String, long)': spaces are not allowed in a member signature",
        "a.B #m|bad member signature 'a.B #m': spaces are not allowed in a member signature",
    })
    void rejectsBadSignatures(String signature, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MemberRef.parse(signature));
        assertEquals(message, e.getMessage());
    }

    @Test
    void rejectsEmpty() {
        assertEquals("the member signature is empty; expected binary.class.Name#member",
                assertThrows(IllegalArgumentException.class, () -> MemberRef.parse("")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> MemberRef.parse(null));
    }

    @Test
    void acceptsDefaultPackageOwnerAndUnicodeNames() {
        assertEquals("Main", MemberRef.parse("Main#run()").className());
        assertEquals("größe", MemberRef.parse("de.schule.Schüler#größe").memberName());
    }
}
