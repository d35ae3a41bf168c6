package io.github.privacyflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Pathological programs finish inside their budget: when a budget runs out, the flow work left
 * is cut, one warning names what was cut and how to raise the limit, and every finding found
 * so far and every declaration finding is still reported. The JUnit timeouts only catch a hang.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class BudgetTest {

    private static final String PERSONAL = "    @PersonalData(category = \"user-interaction\") String email;";

    @TempDir
    Path folder;

    @Test
    void aTenThousandCaseSwitchGoesOverItsStepLimitAndIsNamed() throws Exception {
        FixtureProject project = withPlainFlow(FixtureProject.in(folder))
                .bytes("target/classes/org/example/Dispatcher.class", tenThousandCaseSwitch())
                .configure(request -> request.methodSteps(5_000));
        AnalysisResult result = project.compile().analyze();
        assertPlainFlowFound(result);
        List<String> budgetWarnings = budgetWarnings(project);
        assertEquals(1, budgetWarnings.size(), project.diagnostics().toString());
        String warning = budgetWarnings.get(0);
        assertTrue(warning.contains("over the step limit of 5000 per method (privacyflow.methodSteps)"), warning);
        assertTrue(warning.contains("Dispatcher.dispatch(int, String)"), warning);
        assertTrue(warning.contains("-Dprivacyflow.methodSteps=20000"), warning);
    }

    @Test
    void aTenThousandCaseSwitchIsFollowedWithinTheDefaultBudget() throws Exception {
        FixtureProject project = withPlainFlow(FixtureProject.in(folder))
                .bytes("target/classes/org/example/Dispatcher.class", tenThousandCaseSwitch());
        assertPlainFlowFound(project.compile().analyze());
        assertEquals(List.of(), budgetWarnings(project));
    }

    @Test
    void mutualRecursionOverFiveHundredMethodsSettles() {
        FixtureProject project = FixtureProject.in(folder).rule("PF003").source("org/example/Ring.java", ring(500));
        project.assertMatchesMarkers();
        assertEquals(List.of(), budgetWarnings(project));
    }

    @Test
    void whenTheModuleTimeRunsOutTheDeclarationFindingsStayAndTheCutIsNamed() throws Exception {
        FixtureProject project = FixtureProject.in(folder)
                .source("org/example/Ring.java", ring(500))
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        "    String phoneNumber;",
                        "}")
                .configure(request -> request.timeout(Duration.ofMillis(1)));
        AnalysisResult result = project.compile().analyze();
        assertTrue(result.findings().stream().anyMatch(finding -> finding.ruleId().equals("PF002")
                && finding.message().contains("phoneNumber")), result.findings().toString());
        List<String> budgetWarnings = budgetWarnings(project);
        assertEquals(1, budgetWarnings.size(), project.diagnostics().toString());
        String warning = budgetWarnings.get(0);
        assertTrue(warning.contains("stopped at the module's time limit of 1ms (privacyflow.timeout)"), warning);
        assertTrue(warning.contains("not analysed to the end: ") && warning.contains("Ring.ring0(String, int)"), warning);
        assertTrue(warning.contains("-Dprivacyflow.timeout=2ms"), warning);
    }

    @Test
    void deepSelfRecursionIsFollowed() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Deep.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "public class Deep {",
                        PERSONAL,
                        "    String down(String value, int n) {",
                        "        if (n <= 0) {",
                        "            return value;",
                        "        }",
                        "        String left = down(value + n, n - 1);",
                        "        String right = down(left, n / 2);",
                        "        return n % 3 == 0 ? left : right + down(\"x\", n - 2);",
                        "    }",
                        "    void run() {",
                        "        System.out.println(down(email, 10_000)); // expect PF003",
                        "        System.out.println(down(\"constant\", 10).hashCode());",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aGeneratedParserIsFollowedWithinTheDefaultBudget() {
        FixtureProject project = FixtureProject.in(folder).rule("PF003").source("org/example/Parser.java", parser(150, 20));
        project.assertMatchesMarkers();
        assertEquals(List.of(), budgetWarnings(project));
    }

    @Test
    void aSixtyFourKilobyteMethodIsFollowedOrCutButNeverHangs() throws Exception {
        byte[] huge = sixtyFourKilobyteMethod();
        assertTrue(huge.length > 60_000, "the generated method must be close to the JVM's 64 KiB limit: " + huge.length);
        FixtureProject followed = withPlainFlow(FixtureProject.in(folder.resolve("followed")))
                .bytes("target/classes/org/example/Huge.class", huge);
        assertPlainFlowFound(followed.compile().analyze());
        assertEquals(List.of(), budgetWarnings(followed));

        FixtureProject cut = withPlainFlow(FixtureProject.in(folder.resolve("cut")))
                .bytes("target/classes/org/example/Huge.class", huge)
                .configure(request -> request.methodSteps(10_000));
        assertPlainFlowFound(cut.compile().analyze());
        List<String> budgetWarnings = budgetWarnings(cut);
        assertEquals(1, budgetWarnings.size(), cut.diagnostics().toString());
        assertTrue(budgetWarnings.get(0).contains("Huge.copy(String)"), budgetWarnings.get(0));
    }

    // ---- programs --------------------------------------------------------------------------

    /** A source with one flow that every budget must still find: it is small and analysed early. */
    private static FixtureProject withPlainFlow(FixtureProject project) {
        return project.rule("PF003").source("org/example/Plain.java",
                "package org.example;",
                "import io.github.privacyflow.annotations.PersonalData;",
                "public class Plain {",
                PERSONAL,
                "    void run() {",
                "        System.out.println(email); // expect PF003",
                "    }",
                "}");
    }

    private static void assertPlainFlowFound(AnalysisResult result) {
        List<Finding> plain = result.findings().stream()
                .filter(finding -> finding.location().file().getFileName().toString().equals("Plain.java")).toList();
        assertEquals(1, plain.size(), result.findings().toString());
        assertEquals(6, plain.get(0).location().line());
    }

    private static List<String> budgetWarnings(FixtureProject project) {
        return project.diagnostics().stream().filter(line -> line.contains("ran out of budget")).toList();
    }

    /** {@code ring0 -> ring1 -> ... -> ring(n-1) -> ring0}, each passing its argument on and returning it. */
    private static String[] ring(int size) {
        List<String> lines = new ArrayList<>(List.of(
                "package org.example;",
                "import io.github.privacyflow.annotations.PersonalData;",
                "public class Ring {",
                PERSONAL));
        for (int i = 0; i < size; i++) {
            lines.add("    String ring" + i + "(String value, int n) {");
            lines.add("        return n <= 0 ? value : ring" + ((i + 1) % size) + "(value + " + i + ", n - 1) + ring"
                    + ((i * 7 + 3) % size) + "(\"-\", n - 2);");
            lines.add("    }");
        }
        lines.add("    void run() {");
        lines.add("        System.out.println(ring0(email, 1_000)); // expect PF003");
        lines.add("        System.out.println(ring0(\"constant\", 1_000).length());");
        lines.add("    }");
        lines.add("}");
        return lines.toArray(String[]::new);
    }

    /** A recursive-descent parser of the kind parser generators write: a loop and a switch per rule. */
    private static String[] parser(int rules, int cases) {
        Random random = new Random(20261206L);
        List<String> lines = new ArrayList<>(List.of(
                "package org.example;",
                "import io.github.privacyflow.annotations.PersonalData;",
                "public class Parser {",
                PERSONAL,
                "    int position;",
                "    int[] kinds = new int[64];",
                "    String[] texts = new String[64];"));
        for (int rule = 0; rule < rules; rule++) {
            lines.add("    String rule" + rule + "(StringBuilder out, int depth) {");
            lines.add("        while (position < kinds.length && depth < 40) {");
            lines.add("            switch (kinds[position++]) {");
            for (int c = 0; c < cases; c++) {
                int callee = random.nextInt(rules);
                lines.add("                case " + c + ": out.append(texts[position % texts.length]); rule" + callee + "(out, depth + 1); break;");
            }
            lines.add("                default: return out.toString();");
            lines.add("            }");
            lines.add("        }");
            lines.add("        return out.toString();");
            lines.add("    }");
        }
        lines.add("    void run() {");
        lines.add("        texts[0] = email;");
        lines.add("        System.out.println(rule0(new StringBuilder(), 0)); // expect PF003");
        lines.add("    }");
        lines.add("}");
        return lines.toArray(String[]::new);
    }

    /** {@code static void dispatch(int key, String value)}: 10,000 cases, each keeping the value or not, then printing it. */
    private static byte[] tenThousandCaseSwitch() {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "org/example/Dispatcher", null, "java/lang/Object", null);
        MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "dispatch", "(ILjava/lang/String;)V", null, null);
        method.visitCode();
        Label end = new Label();
        // Cases share a thousand bodies: 10,000 distinct ones would not fit in a method's 64 KiB.
        Label[] bodies = new Label[1_000];
        for (int i = 0; i < bodies.length; i++) {
            bodies[i] = new Label();
        }
        Label[] cases = new Label[10_000];
        for (int i = 0; i < cases.length; i++) {
            cases[i] = bodies[(i * 7) % bodies.length];
        }
        method.visitLdcInsn("none");
        method.visitVarInsn(Opcodes.ASTORE, 2);
        method.visitVarInsn(Opcodes.ILOAD, 0);
        method.visitTableSwitchInsn(0, cases.length - 1, end, cases);
        for (int i = 0; i < bodies.length; i++) {
            method.visitLabel(bodies[i]);
            method.visitVarInsn(Opcodes.ALOAD, i % 2 == 0 ? 1 : 2);
            method.visitVarInsn(Opcodes.ASTORE, 2);
            method.visitJumpInsn(Opcodes.GOTO, end);
        }
        method.visitLabel(end);
        method.visitFieldInsn(Opcodes.GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
        method.visitVarInsn(Opcodes.ALOAD, 2);
        method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/io/PrintStream", "println", "(Ljava/lang/String;)V", false);
        method.visitInsn(Opcodes.RETURN);
        method.visitMaxs(0, 0);
        method.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** {@code static String copy(String value)}: about 64 KiB of code moving the value between locals in a loop. */
    private static byte[] sixtyFourKilobyteMethod() {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "org/example/Huge", null, "java/lang/Object", null);
        MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "copy", "(Ljava/lang/String;)Ljava/lang/String;",
                null, null);
        method.visitCode();
        Label loop = new Label();
        method.visitInsn(Opcodes.ICONST_0);
        method.visitVarInsn(Opcodes.ISTORE, 1);
        method.visitLabel(loop);
        // Single-byte loads and stores between locals 0 and 2, so the method grows to the limit.
        for (int i = 0; i < 32_000; i++) {
            method.visitVarInsn(Opcodes.ALOAD, i % 2 == 0 ? 0 : 2);
            method.visitVarInsn(Opcodes.ASTORE, i % 2 == 0 ? 2 : 3);
        }
        method.visitIincInsn(1, 1);
        method.visitVarInsn(Opcodes.ILOAD, 1);
        method.visitIntInsn(Opcodes.BIPUSH, 10);
        method.visitJumpInsn(Opcodes.IF_ICMPLT, loop);
        method.visitVarInsn(Opcodes.ALOAD, 3);
        method.visitInsn(Opcodes.ARETURN);
        method.visitMaxs(0, 0);
        method.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }
}
