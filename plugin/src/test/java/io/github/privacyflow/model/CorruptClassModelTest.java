package io.github.privacyflow.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

/**
 * What a corrupt class file that still passes {@link ClassFileCheck} can say about its place
 * among the others: an outer class that is itself, a hierarchy in a cycle, a source file name
 * that is a path (found by the fuzz test, {@code io.github.privacyflow.fuzz.InputFuzzTest}).
 */
class CorruptClassModelTest {

    @Test
    void aClassNamedItsOwnOuterClassStaysTopLevel() {
        ClassNode node = node("org/example/Room", "java/lang/Object");
        node.visitInnerClass("org/example/Room", "org/example/Room", "Room", Opcodes.ACC_STATIC);
        ClassModel linked = model(node);

        new ProgramModel(List.of(linked));

        // Linked to itself, displayName() recursed until the stack ran out and every walk out to
        // the enclosing classes (suppressions, purposes, classification) never ended.
        assertNull(linked.enclosing());
        assertEquals("Room", linked.displayName());
    }

    @Test
    void twoClassesNamingEachOtherTheirOuterClassAreLinkedOneWayOnly() {
        ClassNode a = node("org/example/A", "java/lang/Object");
        a.visitInnerClass("org/example/A", "org/example/B", "A", Opcodes.ACC_STATIC);
        ClassNode b = node("org/example/B", "java/lang/Object");
        b.visitInnerClass("org/example/B", "org/example/A", "B", Opcodes.ACC_STATIC);
        ClassModel first = model(a);
        ClassModel second = model(b);

        new ProgramModel(List.of(first, second));

        assertSame(second, first.enclosing());
        assertNull(second.enclosing());
        assertEquals("B.A", first.displayName());
    }

    @Test
    void aHierarchyInACycleIsWalkedToItsEnd() {
        ProgramModel program = new ProgramModel(List.of(
                model("org/example/A", "org/example/B"), model("org/example/B", "org/example/A")));

        assertTrue(program.isSelfOrSupertype("org/example/A", "org/example/B"));
        assertFalse(program.isSelfOrSupertype("org/example/A", "org/example/C"));
        assertEquals(2, program.selfAndSuperclasses(program.find("org/example/A").orElseThrow()).size());
    }

    @Test
    void aSourceFileAttributeThatIsAPathNamesNoSource() {
        for (String name : List.of("../../../etc/passwd", "a/Room.java", "a\\Room.java", "Ro\u0000om.java", "..", "")) {
            ClassNode node = node("org/example/Room", "java/lang/Object");
            node.visitSource(name, null);
            assertEquals(Optional.empty(), model(node).sourceFileName(), name);
        }
        ClassNode plain = node("org/example/Room", "java/lang/Object");
        plain.visitSource("Room.java", null);
        assertEquals(Optional.of("Room.java"), model(plain).sourceFileName());
    }

    private static ClassNode node(String name, String superName) {
        ClassNode node = new ClassNode();
        node.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, name, null, superName, null);
        return node;
    }

    private static ClassModel model(String name, String superName) {
        return model(node(name, superName));
    }

    private static ClassModel model(ClassNode node) {
        return new ClassModel(node, Path.of(node.name + ".class"));
    }
}
