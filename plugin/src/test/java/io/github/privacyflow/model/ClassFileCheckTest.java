package io.github.privacyflow.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.testing.FixtureProject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

/**
 * Class files ASM reads but the analyses cannot trust are skipped with one warning (found by
 * the fuzz test, {@code io.github.privacyflow.fuzz.InputFuzzTest}), and no class a compiler
 * writes is taken for one of them.
 */
class ClassFileCheckTest {

    @TempDir
    Path folder;

    @Test
    void anInterfaceIndexOfZeroSkipsTheClassWithOneWarningAndTheOtherFindingsStay() throws Exception {
        FixtureProject project = FixtureProject.in(folder).rule("PF001")
                .source("org/example/Broken.java",
                        "package org.example;",
                        "public class Broken implements Runnable {",
                        "    public void run() { }",
                        "}")
                .source("org/example/Intact.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Sensitive;",
                        "public class Intact {",
                        "    @Sensitive(kind = \"religion\")",
                        "    private String belief;",
                        "}")
                .compile();
        Path classFile = folder.resolve("target/classes/org/example/Broken.class");
        byte[] bytes = Files.readAllBytes(classFile);
        // The first entry of interfaces[], after access_flags, this_class, super_class and the count:
        // index 0 names no class, and ASM reads it as a null interface, which the class hierarchy
        // then failed on (a NullPointerException in every flow rule).
        int firstInterface = new ClassReader(bytes).header + 8;
        bytes[firstInterface] = 0;
        bytes[firstInterface + 1] = 0;
        Files.write(classFile, bytes);

        AnalysisResult result = project.configure(builder -> builder.rules(io.github.privacyflow.rules.RuleRegistry.all()))
                .analyze();

        assertEquals(List.of("target/classes/org/example/Broken.class: corrupt class file (an invalid interface name); skipped"),
                project.diagnostics());
        assertEquals(List.of("Intact.java:5 PF001"), result.findings().stream()
                .map(finding -> finding.file().getFileName() + ":" + finding.location().line() + " " + finding.ruleId()).toList());
    }

    @Test
    void aClassThatExtendsItselfIsSkippedAndTheAnalysisEnds() throws Exception {
        FixtureProject project = twoClasses("public class Broken extends Base { int read() { return missing; } }",
                "class Base { int missing; }");
        Path classFile = folder.resolve("target/classes/org/example/Broken.class");
        byte[] bytes = Files.readAllBytes(classFile);
        // super_class set to this_class: the flow analysis walked the superclass chain for ever.
        int header = new ClassReader(bytes).header;
        bytes[header + 4] = bytes[header + 2];
        bytes[header + 5] = bytes[header + 3];
        Files.write(classFile, bytes);

        AnalysisResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), project::analyze);

        assertEquals(List.of("target/classes/org/example/Broken.class: corrupt class file (a class that extends itself); skipped"),
                project.diagnostics());
        assertEquals(List.of("Intact.java:5 PF001"), places(result));
    }

    @Test
    void aNulInANameIsSkippedRatherThanFailingAsAPath() throws Exception {
        FixtureProject project = twoClasses("public class Broken { void send() { Base.log(); } }",
                "class Base { static void log() { } }");
        Path classFile = folder.resolve("target/classes/org/example/Broken.class");
        byte[] bytes = Files.readAllBytes(classFile);
        // A raw 0 byte in the constant pool's "org/example/Base": ASM reads it as a NUL character,
        // and turning the name into a path threw InvalidPathException out of the analysis.
        int at = indexOf(bytes, "org/example/Base".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "org/example/".length();
        bytes[at] = 0;
        Files.write(classFile, bytes);

        AnalysisResult result = project.analyze();

        assertEquals(List.of("target/classes/org/example/Broken.class: corrupt class file (a malformed reference in the code in method"
                + " send); skipped"), project.diagnostics());
        assertEquals(List.of("Intact.java:5 PF001"), places(result));
    }

    @Test
    void malformedNamesAndDescriptorsAreFound() {
        assertEquals(Optional.of("no valid superclass"), ClassFileCheck.problem(node("org/example/A", null)));
        assertEquals(Optional.of("no valid class name"), ClassFileCheck.problem(node("org.example.A", "java/lang/Object")));
        assertEquals(Optional.of("no valid class name"), ClassFileCheck.problem(node("org/exa\u0000mple/A", "java/lang/Object")));
        assertEquals(Optional.of("a class that extends itself"), ClassFileCheck.problem(node("org/example/A", "org/example/A")));

        ClassNode field = node("org/example/A", "java/lang/Object");
        field.visitField(Opcodes.ACC_PRIVATE, "email", "Ljava/lang/String", null, null);
        assertEquals(Optional.of("a malformed field email"), ClassFileCheck.problem(field));

        ClassNode method = node("org/example/A", "java/lang/Object");
        method.visitMethod(Opcodes.ACC_PUBLIC, "send", "(Ljava/lang/String;", null, null);
        assertEquals(Optional.of("a malformed name or descriptor in method send"), ClassFileCheck.problem(method));

        ClassNode call = node("org/example/A", "java/lang/Object");
        org.objectweb.asm.MethodVisitor code = call.visitMethod(Opcodes.ACC_PUBLIC, "send", "()V", null, null);
        code.visitMethodInsn(Opcodes.INVOKESTATIC, "org/example/B", "log", "(Lorg/example/;)V", false);
        code.visitInsn(Opcodes.RETURN);
        assertEquals(Optional.of("a malformed reference in the code in method send"), ClassFileCheck.problem(call));

        // max_locals changed to 0 and 1 in two methods: the flow analysis failed on each (case 9600).
        ClassNode parameters = node("org/example/A", "java/lang/Object");
        org.objectweb.asm.MethodVisitor tooFew = parameters.visitMethod(Opcodes.ACC_PUBLIC, "send", "(Ljava/lang/String;J)V", null, null);
        tooFew.visitInsn(Opcodes.RETURN);
        tooFew.visitMaxs(0, 3);
        assertEquals(Optional.of("max_locals smaller than the parameters in method send"), ClassFileCheck.problem(parameters));

        ClassNode beyond = node("org/example/A", "java/lang/Object");
        org.objectweb.asm.MethodVisitor wide = beyond.visitMethod(Opcodes.ACC_STATIC, "sum", "(I)J", null, null);
        wide.visitVarInsn(Opcodes.LLOAD, 1);
        wide.visitInsn(Opcodes.LRETURN);
        wide.visitMaxs(2, 2);
        assertEquals(Optional.of("a local variable beyond max_locals in method sum"), ClassFileCheck.problem(beyond));
        wide.visitMaxs(2, 3);
        assertEquals(Optional.empty(), ClassFileCheck.problem(beyond));
    }

    @Test
    void descriptorsFollowTheGrammar() {
        for (String valid : List.of("I", "[[J", "Ljava/lang/String;", "[Ljava/util/Map$Entry;")) {
            assertTrue(ClassFileCheck.isFieldDescriptor(valid), valid);
        }
        for (String invalid : List.of("", "V", "L;", "Ljava/lang/String", "Ljava.lang.String;", "II", "[", "Q", "L/a;")) {
            assertFalse(ClassFileCheck.isFieldDescriptor(invalid), invalid);
        }
        for (String valid : List.of("()V", "(IJ)Ljava/lang/String;", "([Ljava/lang/Object;)[I")) {
            assertTrue(ClassFileCheck.isMethodDescriptor(valid), valid);
        }
        for (String invalid : List.of("()", "(V)V", "(I)VV", "I)V", "(Ljava/lang/String)V", "()VI", "(I")) {
            assertFalse(ClassFileCheck.isMethodDescriptor(invalid), invalid);
        }
    }

    @Test
    void everyClassJavacWroteForThePluginAndItsTestsPasses() throws IOException {
        List<String> rejected = new ArrayList<>();
        int checked = 0;
        for (String folderName : List.of("target/classes", "target/test-classes")) {
            Path root = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve(folderName);
            try (Stream<Path> walk = Files.walk(root)) {
                // fuzz-regressions holds hand-made class files, not javac's.
                for (Path file : walk.filter(path -> path.toString().endsWith(".class") && !path.toString().contains("fuzz-regressions"))
                        .toList()) {
                    checked++;
                    check(Files.readAllBytes(file), file.toString(), rejected);
                }
            }
        }
        // The JDK's own classes: records, enums, sealed types, lambdas and module-info alike.
        for (String name : List.of("java/lang/Object", "java/lang/Record", "java/lang/Enum", "java/util/HashMap",
                "java/util/stream/Collectors", "java/lang/invoke/LambdaMetafactory", "java/lang/constant/ConstantDescs")) {
            try (InputStream in = ClassLoader.getSystemResourceAsStream(name + ".class")) {
                assertNotNull(in, name);
                checked++;
                check(in.readAllBytes(), name, rejected);
            }
        }
        assertTrue(checked > 200, "only " + checked + " classes checked");
        assertEquals(List.of(), rejected);
    }

    @Test
    void theReaderSkipsAClassTheCheckRejects() {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "org/example/A", null, "java/lang/Object", null);
        writer.visitField(Opcodes.ACC_PRIVATE, "email", "Ljava/lang/String", null, null).visitEnd();
        writer.visitEnd();
        List<String> warnings = new ArrayList<>();
        ClassModel model = new ClassFileReader((file, line, problem) -> warnings.add(file + ": " + problem), PathFilter.all())
                .read(Path.of("A.class"), writer.toByteArray());
        assertNull(model);
        assertEquals(List.of("A.class: corrupt class file (a malformed field email); skipped"), warnings);
    }

    /** A project of a class to corrupt, beside an intact one with a PF001 finding; all rules run. */
    private FixtureProject twoClasses(String broken, String helper) {
        return FixtureProject.in(folder)
                .configure(builder -> builder.rules(io.github.privacyflow.rules.RuleRegistry.all()))
                .source("org/example/Broken.java", "package org.example;", broken)
                .source("org/example/Base.java", "package org.example;", helper)
                .source("org/example/Intact.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Sensitive;",
                        "public class Intact {",
                        "    @Sensitive(kind = \"religion\")",
                        "    private String belief;",
                        "}")
                .compile();
    }

    private static List<String> places(AnalysisResult result) {
        return result.findings().stream()
                .map(finding -> finding.file().getFileName() + ":" + finding.location().line() + " " + finding.ruleId()).toList();
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not in the class file");
    }

    private static void check(byte[] bytes, String name, List<String> rejected) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, ClassReader.SKIP_FRAMES);
        ClassFileCheck.problem(node).ifPresent(problem -> rejected.add(name + ": " + problem));
    }

    private static ClassNode node(String name, String superName) {
        ClassNode node = new ClassNode();
        node.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, name, null, superName, null);
        return node;
    }
}
