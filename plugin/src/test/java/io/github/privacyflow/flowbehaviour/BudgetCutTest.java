package io.github.privacyflow.flowbehaviour;

import static io.github.privacyflow.testing.FixtureProject.PERSONAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The analysis budgets at small sizes, so they can run under mutation testing (the stress
 * versions are flow.BudgetTest and flow.RobustnessTest): a method the analysis cannot or may
 * not follow is approximated (every argument may come back in its result) and named once, and
 * when the module's time runs out the cut is named and the declaration findings stay.
 */
class BudgetCutTest {

    @TempDir
    Path folder;

    @Test
    void methodsOverTheStepLimitAreApproximatedAndNamedInOneWarning() throws Exception {
        FixtureProject project = FixtureProject.in(folder).rule("PF003")
                .source("org/example/Busy.java", busy(7))
                .configure(request -> request.methodSteps(60));
        AnalysisResult result = project.compile().analyze();

        // Each busy method returns a constant, but approximated, its arguments come back.
        assertEquals(List.of(lineOf(7, "busy0(email"), lineOf(7, "busy6(\"x\", email")), lines(result));
        List<String> warnings = budgetWarnings(project);
        assertEquals(1, warnings.size(), project.diagnostics().toString());
        String warning = warnings.get(0);
        assertTrue(warning.contains("7 methods went over the step limit of 60 per method (privacyflow.methodSteps) and were"
                + " approximated: Busy.busy0(String, String), Busy.busy1(String, String), Busy.busy2(String, String),"
                + " Busy.busy3(String, String), Busy.busy4(String, String) and 2 more."), warning);
        assertTrue(warning.contains("-Dprivacyflow.methodSteps=240"), warning);
        assertTrue(!warning.contains("time limit"), warning);
    }

    @Test
    void oneMethodOverTheStepLimitIsNamedInTheSingular() throws Exception {
        FixtureProject project = FixtureProject.in(folder).rule("PF003")
                .source("org/example/Busy.java", busy(1))
                .configure(request -> request.methodSteps(60));
        AnalysisResult result = project.compile().analyze();

        assertEquals(List.of(lineOf(1, "busy0(email")), lines(result));
        List<String> warnings = budgetWarnings(project);
        assertEquals(1, warnings.size(), project.diagnostics().toString());
        assertTrue(warnings.get(0).contains("1 method went over the step limit of 60 per method (privacyflow.methodSteps) and was"
                + " approximated: Busy.busy0(String, String)."), warnings.get(0));
    }

    @Test
    void withinTheStepLimitNothingIsApproximated() throws Exception {
        FixtureProject project = FixtureProject.in(folder).rule("PF003").source("org/example/Busy.java", busy(2));
        AnalysisResult result = project.compile().analyze();
        assertEquals(List.of(), lines(result), "busy methods return constants");
        assertEquals(List.of(), project.diagnostics());
    }

    @Test
    void whenTheModuleTimeRunsOutTheCutIsNamedAndDeclarationFindingsStay() throws Exception {
        FixtureProject project = FixtureProject.in(folder)
                .source("org/example/Busy.java", busy(3))
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        "    String phoneNumber;",
                        "}")
                .configure(request -> request.timeout(Duration.ofMillis(1)));
        AnalysisResult result = project.compile().analyze();

        assertTrue(result.findings().stream().anyMatch(finding -> finding.ruleId().equals("PF002")
                && finding.message().contains("phoneNumber")), result.findings().toString());
        List<String> warnings = budgetWarnings(project);
        assertEquals(1, warnings.size(), project.diagnostics().toString());
        String warning = warnings.get(0);
        assertTrue(warning.contains("it stopped at the module's time limit of 1ms (privacyflow.timeout) with "), warning);
        assertTrue(warning.contains(" not analysed to the end: "), warning);
        assertTrue(warning.contains("-Dprivacyflow.timeout=2ms"), warning);
        assertTrue(!warning.contains("step limit"), warning);
    }

    @Test
    void aMethodTooLargeToFollowIsApproximatedWithAWarning() throws Exception {
        FixtureProject project = FixtureProject.in(folder).rule("PF003")
                .source("org/example/Huge.java",
                        "package org.example;",
                        "public class Huge {",
                        "    public static String copy(String first, String second) { return \"stub\"; }",
                        "}")
                .source("org/example/Caller.java",
                        "package org.example;",
                        "public class Caller {",
                        PERSONAL,
                        "    String email;",
                        "    void run() {",
                        "        System.out.println(Huge.copy(\"x\", email));",
                        "        System.out.println(Huge.copy(\"x\", \"y\"));",
                        "    }",
                        "}")
                .compile();
        // 400 instructions, each frame 65,535 locals and 65,535 stack slots: over the analysis's cell limit.
        project.bytes("target/classes/org/example/Huge.class", wideMethod(400));
        AnalysisResult result = project.analyze();

        assertEquals(List.of(6), result.findings().stream().map(finding -> finding.location().line()).toList());
        assertEquals(List.of("target/classes/org/example/Huge.class: method Huge.copy(String, String) is too large to follow"
                + " (802 instructions); its data flows are approximated"), project.diagnostics());
    }

    @Test
    void aMethodTheAnalysisCannotFollowIsApproximatedWithAWarning() throws Exception {
        FixtureProject project = FixtureProject.in(folder).rule("PF003")
                .source("org/example/Broken.java",
                        "package org.example;",
                        "public class Broken {",
                        "    public String echo(String value) { return \"stub\"; }",
                        "    public static String staticEcho(String value) { return \"stub\"; }",
                        "}")
                .source("org/example/Caller.java",
                        "package org.example;",
                        "public class Caller {",
                        PERSONAL,
                        "    String email;",
                        "    void run(Broken broken) {",
                        "        System.out.println(broken.echo(email));",
                        "        System.out.println(broken.echo(\"y\"));",
                        "        System.out.println(Broken.staticEcho(email));",
                        "        System.out.println(Broken.staticEcho(\"y\"));",
                        "    }",
                        "}")
                .compile();
        project.bytes("target/classes/org/example/Broken.class", stackUnderflow());
        AnalysisResult result = project.analyze();

        // The receiver of echo carries the caller's parameter: its argument must still come back.
        assertEquals(List.of(6, 8), lines(result));
        assertEquals(2, project.diagnostics().size(), project.diagnostics().toString());
        for (String method : List.of("echo", "staticEcho")) {
            assertTrue(project.diagnostics().stream().anyMatch(warning -> warning.startsWith("target/classes/org/example/Broken.class:"
                    + " cannot follow the data flow of Broken." + method + "(String) (")
                    && warning.endsWith("); its data flows are approximated")), project.diagnostics().toString());
        }
    }

    /** Busy static methods: a loop with branches enough to need more than 60 steps, returning a constant. */
    private static String[] busy(int count) {
        List<String> lines = new ArrayList<>(List.of(
                "package org.example;",
                "public class Busy {",
                PERSONAL,
                "    String email;"));
        for (int i = 0; i < count; i++) {
            lines.add("    static String busy" + i + "(String first, String second) {");
            lines.add("        int total = 0;");
            lines.add("        for (int j = 0; j < first.length(); j++) {");
            lines.add("            if (j % 2 == 0) { total += j; } else if (j % 3 == 0) { total -= j; } else { total *= 2; }");
            lines.add("            if (total > 100) { total = second.length(); }");
            for (int k = 0; k < 6; k++) {
                lines.add("            total = total > " + k + " ? total - " + k + " : total + " + k + ";");
            }
            lines.add("        }");
            lines.add("        return total > 5 ? \"many\" : \"few\";");
            lines.add("    }");
        }
        lines.add("    void run() {");
        lines.add("        System.out.println(busy0(email, \"x\"));");
        lines.add("        System.out.println(busy0(\"x\", \"y\"));");
        if (count > 6) {
            lines.add("        System.out.println(busy6(\"x\", email));");
        }
        lines.add("    }");
        lines.add("}");
        return lines.toArray(String[]::new);
    }

    private static int lineOf(int count, String text) {
        String[] lines = busy(count);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    private static List<Integer> lines(AnalysisResult result) {
        // A call repeating an earlier one's data and sink is folded into it; both still count here.
        return result.findings().stream().filter(finding -> finding.ruleId().equals("PF003"))
                .flatMap(finding -> java.util.stream.Stream.concat(java.util.stream.Stream.of(finding.location().line()),
                        finding.repeatLines().stream()))
                .sorted().toList();
    }

    private static List<String> budgetWarnings(FixtureProject project) {
        return project.diagnostics().stream().filter(line -> line.contains("ran out of budget")).toList();
    }

    /** {@code Huge.copy(String, String)}: straight-line loads and pops with the largest frames a class file allows. */
    private static byte[] wideMethod(int pairs) {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V1_8, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "org/example/Huge", null, "java/lang/Object", null);
        writer.visitSource("Huge.java", null);
        MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "copy",
                "(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;", null, null);
        method.visitCode();
        for (int i = 0; i < pairs; i++) {
            method.visitVarInsn(Opcodes.ALOAD, i % 2);
            method.visitInsn(Opcodes.POP);
        }
        method.visitLdcInsn("constant");
        method.visitInsn(Opcodes.ARETURN);
        method.visitMaxs(65_535, 65_535);
        method.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** {@code Broken.echo(String)} and {@code staticEcho(String)}: return from an empty stack, which no verifier accepts. */
    private static byte[] stackUnderflow() {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V1_8, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "org/example/Broken", null, "java/lang/Object", null);
        writer.visitSource("Broken.java", null);
        MethodVisitor init = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(1, 1);
        init.visitEnd();
        for (boolean isStatic : new boolean[] {false, true}) {
            MethodVisitor echo = writer.visitMethod(Opcodes.ACC_PUBLIC | (isStatic ? Opcodes.ACC_STATIC : 0),
                    isStatic ? "staticEcho" : "echo", "(Ljava/lang/String;)Ljava/lang/String;", null, null);
            echo.visitCode();
            echo.visitInsn(Opcodes.ARETURN);
            echo.visitMaxs(1, 2);
            echo.visitEnd();
        }
        writer.visitEnd();
        return writer.toByteArray();
    }
}
