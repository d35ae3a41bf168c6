package io.github.privacyflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.catalog.Catalogs;
import io.github.privacyflow.catalog.NameDictionary;
import io.github.privacyflow.classify.DataClassifier;
import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.flow.core.FlowEngine;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.policy.PolicyLoader;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/** Pathological code never crashes the analysis: it yields a warning naming the class, and results for the rest. */
class RobustnessTest {

    @TempDir
    Path folder;

    @Test
    void aDeepCallChainIsFollowedToTheEnd() {
        int depth = 1500;
        List<String> lines = new ArrayList<>(List.of(
                "package org.example;",
                "import io.github.privacyflow.annotations.PersonalData;",
                "public class Chain {",
                "    @PersonalData(category = \"user-interaction\") String email;",
                "    void start() { step0(email); }"));
        for (int i = 0; i < depth - 1; i++) {
            lines.add("    void step" + i + "(String value) { step" + (i + 1) + "(value); }");
        }
        lines.add("    void step" + (depth - 1) + "(String value) {");
        lines.add("        System.out.println(value); // expect PF003");
        lines.add("    }");
        lines.add("}");
        FixtureProject.in(folder).rule("PF003").source("org/example/Chain.java", lines.toArray(String[]::new))
                .assertMatchesMarkers();
    }

    @Test
    void mutualRecursionSettles() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Ping.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "public class Ping {",
                        "    @PersonalData(category = \"user-interaction\") String email;",
                        "    String ping(String value, int n) { return n == 0 ? value : pong(value + \"!\", n - 1); }",
                        "    String pong(String value, int n) { return n == 0 ? \"done\" : ping(value, n - 1); }",
                        "    String fact(String value, int n) { return n <= 1 ? value : fact(value, n - 1) + n; }",
                        "    void run() {",
                        "        System.out.println(ping(email, 10)); // expect PF003",
                        "        System.out.println(fact(email, 5)); // expect repeat PF003",
                        "        System.out.println(ping(\"constant\", 3));",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aMethodNearTheBytecodeLimitIsAnalysedOrApproximated() throws Exception {
        List<String> lines = new ArrayList<>(List.of(
                "package org.example;",
                "import io.github.privacyflow.annotations.PersonalData;",
                "public class Huge {",
                "    @PersonalData(category = \"user-interaction\") String email;",
                "    void big(int x) {",
                "        switch (x) {"));
        for (int i = 0; i < 2500; i++) {
            lines.add("            case " + i + ": System.out.println(\"case " + i + "\"); break;");
        }
        lines.add("        }");
        lines.add("    }");
        lines.add("    void small() {");
        lines.add("        System.out.println(email); // expect PF003");
        lines.add("    }");
        lines.add("}");
        FixtureProject project = FixtureProject.in(folder).rule("PF003").source("org/example/Huge.java", lines.toArray(String[]::new));
        project.assertMatchesMarkers();
        assertTrue(Files.size(folder.resolve("target/classes/org/example/Huge.class")) > 40_000);
    }

    @Test
    void aMillionEntrySwitchIsApproximatedWithAWarning() {
        ClassNode node = new ClassNode();
        node.version = Opcodes.V17;
        node.access = Opcodes.ACC_PUBLIC;
        node.name = "org/example/Generated";
        node.superName = "java/lang/Object";
        node.sourceFile = "Generated.java";
        MethodNode method = new MethodNode(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "dispatch", "(I)V", null, null);
        LabelNode end = new LabelNode();
        LabelNode[] targets = new LabelNode[1_000_000];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = new LabelNode();
        }
        method.instructions.add(new VarInsnNode(Opcodes.ILOAD, 0));
        method.instructions.add(new TableSwitchInsnNode(0, targets.length - 1, end, targets));
        for (LabelNode target : targets) {
            method.instructions.add(target);
            method.instructions.add(new JumpInsnNode(Opcodes.GOTO, end));
        }
        method.instructions.add(end);
        method.instructions.add(new InsnNode(Opcodes.RETURN));
        method.maxLocals = 1;
        method.maxStack = 1;
        node.methods.add(method);
        ClassModel generated = new ClassModel(node, folder.resolve("Generated.class"));
        List<String> warnings = new ArrayList<>();
        DataClassifier classifier = new DataClassifier(true, "user-interaction", NameDictionary.personalData(),
                NameDictionary.sensitiveData(), Catalogs.bundled());
        FlowResult result = new FlowEngine(classifier, PolicyLoader.loadDefault(), "user-interaction",
                (file, line, problem) -> warnings.add(file.getFileName() + ": " + problem))
                .analyze(List.of(generated), List.of());
        assertEquals(List.of(), result.flows());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("Generated.class: method Generated.dispatch(int) is too large to follow"), warnings.get(0));
    }

    @Test
    void missingClassesOnTheClasspathAreNamedAndTheRestIsAnalysed() throws Exception {
        FixtureProject project = FixtureProject.in(folder).rule("PF003")
                .source("org/vendor/Tracker.java",
                        "package org.vendor;",
                        "public class Tracker extends java.util.ArrayList<String> {",
                        "    public void track(String event) { }",
                        "}")
                .source("org/example/Service.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "public class Service {",
                        "    @PersonalData(category = \"user-interaction\") String email;",
                        "    void run(org.vendor.Tracker tracker) {",
                        "        tracker.track(email);",
                        "        System.out.println(email);",
                        "    }",
                        "}")
                .compile();
        Files.delete(folder.resolve("target/classes/org/vendor/Tracker.class"));

        AnalysisResult result = project.analyze();

        assertEquals(List.of("class org.vendor.Tracker is not on the classpath; calls to it use the default model "
                + "(arguments flow to the result)"), project.diagnostics());
        assertEquals(List.of(7), result.findings().stream().map(finding -> finding.location().line()).toList());
    }
}
