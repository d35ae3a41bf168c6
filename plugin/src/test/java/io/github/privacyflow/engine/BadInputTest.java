package io.github.privacyflow.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.policy.PolicyException;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gives one warning line naming the file, and the analysis goes on for the rest
 * (SPEC §8).
 */
class BadInputTest {

    @TempDir
    Path folder;

    private FixtureProject twoClasses() {
        return FixtureProject.in(folder)
                .source("org/example/Broken.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Sensitive;",
                        "public class Broken {",
                        "    @Sensitive(kind = \"health\")",
                        "    private String condition;",
                        "}")
                .source("org/example/Intact.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Sensitive;",
                        "public class Intact {",
                        "    @Sensitive(kind = \"religion\")",
                        "    private String belief;",
                        "}")
                .rule("PF001")
                .compile();
    }

    @Test
    void truncatedClassFileIsSkippedWithOneWarning() throws Exception {
        FixtureProject project = twoClasses();
        Path classFile = folder.resolve("target/classes/org/example/Broken.class");
        byte[] bytes = Files.readAllBytes(classFile);
        Files.write(classFile, Arrays.copyOf(bytes, bytes.length / 3));

        AnalysisResult result = project.analyze();

        assertEquals(List.of("target/classes/org/example/Broken.class: truncated or corrupt class file; skipped"),
                project.diagnostics());
        assertEquals(List.of("Intact.java:5"), places(result));
    }

    @Test
    void classFileOfAnUnknownNewerVersionIsSkippedWithOneWarning() throws Exception {
        FixtureProject project = twoClasses();
        Path classFile = folder.resolve("target/classes/org/example/Broken.class");
        byte[] bytes = Files.readAllBytes(classFile);
        bytes[6] = 0;
        bytes[7] = 99;
        Files.write(classFile, bytes);

        AnalysisResult result = project.analyze();

        assertEquals(List.of("target/classes/org/example/Broken.class: class file version 99 (Java 55) is newer than "
                + "this version of privacyflow can read; skipped"), project.diagnostics());
        assertEquals(List.of("Intact.java:5"), places(result));
    }

    @Test
    void sourceWithASyntaxErrorIsPlacedByNameWithOneWarning() throws Exception {
        FixtureProject project = twoClasses();
        Files.writeString(folder.resolve("src/main/java/org/example/Broken.java"), String.join("\n",
                "package org.example;",
                "import io.github.privacyflow.annotations.Sensitive;",
                "public class Broken {",
                "    @Sensitive(kind = \"health\")",
                "    private String condition;",
                "    void unfinished( {",
                "}", ""));

        AnalysisResult result = project.analyze();

        assertEquals(1, project.diagnostics().size(), project.diagnostics().toString());
        assertTrue(project.diagnostics().get(0).startsWith("src/main/java/org/example/Broken.java:6: cannot parse this source"),
                project.diagnostics().get(0));
        assertEquals(List.of("Broken.java:5", "Intact.java:5"), places(result));
    }

    @Test
    void nonUtf8SourceIsReadWithOneWarning() throws Exception {
        FixtureProject project = twoClasses();
        String latin1 = String.join("\n",
                "package org.example;",
                "import io.github.privacyflow.annotations.Sensitive;",
                "// Gestion des donn\u00e9es m\u00e9dicales",
                "public class Broken {",
                "    @Sensitive(kind = \"health\")",
                "    private String condition;",
                "}", "");
        Files.write(folder.resolve("src/main/java/org/example/Broken.java"), latin1.getBytes(StandardCharsets.ISO_8859_1));

        AnalysisResult result = project.analyze();

        assertEquals(List.of("src/main/java/org/example/Broken.java:3: is not valid UTF-8 (set project.build.sourceEncoding); "
                + "read with replacement characters"), project.diagnostics());
        assertEquals(List.of("Broken.java:6", "Intact.java:5"), places(result));
        assertEquals(20, result.findings().get(0).location().column());
    }

    @Test
    void emptyClassesDirectoryGivesOneWarningAndNoFindings() throws Exception {
        FixtureProject project = FixtureProject.in(folder).compile();

        AnalysisResult result = project.analyze();

        assertEquals(List.of("target/classes: no class files to analyse; is the module compiled?"), project.diagnostics());
        assertEquals(List.of(), result.findings());
    }

    @Test
    void policyWithAYamlSyntaxErrorFailsWithFileAndLine() {
        FixtureProject project = twoClasses().file("privacyflow-policy.yaml", String.join("\n",
                "name: Broken agreement",
                "categories:",
                "  user-interaction:",
                "    purposes: [provide-feature, troubleshooting",
                "    processors: [mysql]",
                ""));

        PolicyException failure = assertThrows(PolicyException.class, project::analyze);

        Path policy = folder.resolve("privacyflow-policy.yaml").toAbsolutePath().normalize();
        assertTrue(failure.getMessage().startsWith(policy + ":5: "), failure.getMessage());
        assertEquals(1, failure.getMessage().lines().count(), failure.getMessage());
    }

    @Test
    void missingClassesDirectoryIsOneWarningAndEveryReportIsStillWritten() throws Exception {
        // a module nobody compiled: no target/ at all, and no source folder either
        FixtureProject project = FixtureProject.in(folder)
                .configure(builder -> builder.dataMap(true).sourceRoot(Path.of("src/main/java")));

        AnalysisResult result = project.analyze();

        assertEquals(List.of("target/classes: the classes directory does not exist; is the module compiled?"),
                project.diagnostics());
        Path out = folder.resolve("target/privacyflow");
        io.github.privacyflow.report.ReportPaths paths = new io.github.privacyflow.report.ReportPaths(folder);
        assertEquals(3, io.github.privacyflow.report.ReportWriter.write(result,
                io.github.privacyflow.report.ReportWriter.parseFormats("sarif,json,html"), out, paths, paths, "m").size());
        io.github.privacyflow.report.DataMapMarkdown.write(
                io.github.privacyflow.report.DataMapMarkdown.render(result, paths, "m"), out.resolve("data-map.md"));
    }

    @Test
    void missingPolicyFileIsOneLineNamingThePath() {
        FixtureProject project = twoClasses().configure(builder -> builder.policyFile(Path.of("no-such-policy.yaml")));

        PolicyException failure = assertThrows(PolicyException.class, project::analyze);

        Path policy = folder.resolve("no-such-policy.yaml").toAbsolutePath().normalize();
        assertEquals(policy + ": the policy file does not exist", failure.getMessage());
    }

    private List<String> places(AnalysisResult result) {
        return result.findings().stream()
                .map(finding -> finding.file().getFileName() + ":" + finding.location().line())
                .toList();
    }
}
