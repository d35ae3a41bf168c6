package io.github.privacyflow.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.report.ReportPaths;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline round trip (record, add a finding, only the new one fails; fixed findings become
 * stale) and the file's safety: only a privacyflow baseline is ever replaced, atomically.
 */
class BaselineTest {

    @TempDir
    Path folder;

    private static final String[] PARTICIPANT = {
        "package org.example;",
        "public class Participant {",
        "    private String email;",
        "    private String phoneNumber;",
        "}"};

    @Test
    void onlyFindingsAddedAfterTheBaselineAreFresh() throws Exception {
        FixtureProject project = FixtureProject.in(folder).rule("PF002").source("org/example/Participant.java", PARTICIPANT);
        AnalysisResult before = project.compile().analyze();
        ReportPaths paths = new ReportPaths(folder);
        Path file = folder.resolve("privacyflow-baseline.json");
        Baseline.of(before.findings(), paths).write(file);
        assertEquals(2, before.findings().size());

        // Code moves (a new first line shifts every line) and a finding is added.
        project.source("org/example/Participant.java",
                "package org.example;",
                "/** Moved down by this comment. */",
                "public class Participant {",
                "    private String email;",
                "    private String phoneNumber;",
                "    private String deviceId;",
                "}");
        AnalysisResult after = project.compile().analyze();
        Baseline.Comparison comparison = Baseline.load(file).compare(after.findings(), paths);

        assertEquals(List.of("org.example.Participant#deviceId"), signatures(comparison.fresh()));
        assertEquals(2, comparison.baselined().size());
        assertEquals(List.of(), comparison.stale());
    }

    @Test
    void fixedFindingsAreStale() throws Exception {
        FixtureProject project = FixtureProject.in(folder).rule("PF002").source("org/example/Participant.java", PARTICIPANT);
        ReportPaths paths = new ReportPaths(folder);
        Path file = folder.resolve("privacyflow-baseline.json");
        Baseline.of(project.compile().analyze().findings(), paths).write(file);

        project.source("org/example/Participant.java",
                "package org.example;",
                "public class Participant {",
                "    @io.github.privacyflow.annotations.PersonalData(category = \"user-interaction\")",
                "    private String email;",
                "    private String phoneNumber;",
                "}");
        Baseline.Comparison comparison = Baseline.load(file).compare(project.compile().analyze().findings(), paths);

        assertEquals(List.of(), comparison.fresh());
        assertEquals(1, comparison.stale().size());
        assertEquals("org.example.Participant#email", comparison.stale().get(0).element());
    }

    @Test
    void theFileIsSortedStableAndWithoutTimestamps() throws Exception {
        FixtureProject project = FixtureProject.in(folder).rule("PF002").source("org/example/Participant.java", PARTICIPANT);
        List<Finding> findings = project.compile().analyze().findings();
        Path first = folder.resolve("first.json");
        Path second = folder.resolve("second.json");
        Baseline.of(findings, new ReportPaths(folder)).write(first);
        Baseline.of(List.of(findings.get(1), findings.get(0)), new ReportPaths(folder)).write(second);
        assertEquals(Files.readString(first), Files.readString(second));
        assertTrue(Files.readString(first).contains("\"file\" : \"src/main/java/org/example/Participant.java\""));
    }

    @Test
    void aBrokenFileIsOneClearLine() throws Exception {
        Path file = folder.resolve("privacyflow-baseline.json");
        Files.writeString(file, "{ \"schemaVersion\": 1, \"findings\": [ { \"ruleId\": ");
        BaselineException failure = assertThrows(BaselineException.class, () -> Baseline.load(file));
        assertTrue(failure.getMessage().startsWith(file + ":1: not a privacyflow baseline"), failure.getMessage());
        Files.writeString(file, "{ \"something\": \"else\" }");
        assertTrue(assertThrows(BaselineException.class, () -> Baseline.load(file)).getMessage()
                .startsWith(file + ": not a privacyflow baseline of schema version 1"));
    }

    @Test
    void aFileThatIsNotABaselineIsRefusedAndLeftByteForByte() throws Exception {
        Path pom = folder.resolve("pom.xml");
        byte[] content = "<project>\n  <modelVersion>4.0.0</modelVersion>\n</project>\n".getBytes(StandardCharsets.UTF_8);
        Files.write(pom, content);
        Baseline baseline = Baseline.of(List.of(), new ReportPaths(folder));
        BaselineException refusal = assertThrows(BaselineException.class, () -> baseline.write(pom));
        assertEquals(pom + ": not a privacyflow baseline (not JSON: line 1); privacyflow:baseline replaces only its own files, "
                + "so it is left as it was: name another file with -Dprivacyflow.baseline, or delete it first", refusal.getMessage());
        assertArrayEquals(content, Files.readAllBytes(pom));
        assertEquals(List.of(pom), listing(), "no temporary file is left behind");
    }

    @Test
    void otherJsonANewerSchemaAFolderAndBinaryAreRefusedToo() throws Exception {
        Baseline baseline = Baseline.of(List.of(), new ReportPaths(folder));
        Path packageJson = folder.resolve("package.json");
        Files.writeString(packageJson, "{ \"name\": \"classroom-ui\", \"version\": \"1.0.0\" }\n");
        assertTrue(assertThrows(BaselineException.class, () -> baseline.write(packageJson)).getMessage()
                .contains("(no schemaVersion and findings)"));
        Path newer = folder.resolve("newer.json");
        Files.writeString(newer, "{ \"schemaVersion\": 2, \"tool\": \"privacyflow\", \"findings\": [] }\n");
        assertTrue(assertThrows(BaselineException.class, () -> baseline.write(newer)).getMessage()
                .contains("(schema version 2, this plugin writes 1)"));
        Path directory = Files.createDirectory(folder.resolve("baseline.json"));
        assertTrue(assertThrows(BaselineException.class, () -> baseline.write(directory)).getMessage().contains("(a folder)"));
        Path binary = folder.resolve("logo.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe});
        assertTrue(assertThrows(BaselineException.class, () -> baseline.write(binary)).getMessage().contains("(not UTF-8 text)"));
        assertEquals("{ \"name\": \"classroom-ui\", \"version\": \"1.0.0\" }\n", Files.readString(packageJson));
        assertEquals("{ \"schemaVersion\": 2, \"tool\": \"privacyflow\", \"findings\": [] }\n", Files.readString(newer));
    }

    @Test
    void itsOwnFileIsReplacedWithoutLeavingATemporaryFile() throws Exception {
        FixtureProject project = FixtureProject.in(folder.resolve("module")).rule("PF002").source("org/example/Participant.java",
                PARTICIPANT);
        List<Finding> findings = project.compile().analyze().findings();
        Path file = folder.resolve("privacyflow-baseline.json");
        ReportPaths paths = new ReportPaths(folder.resolve("module"));
        Baseline.of(findings.subList(0, 1), paths).write(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        Baseline.of(findings, paths).write(file);
        assertEquals(2, Baseline.load(file).entries().size());
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "a replaced file keeps its permissions");
        assertEquals(List.of(folder.resolve("module"), file), listing());
    }

    @Test
    void aSymbolicLinkIsFollowedAndKept() throws Exception {
        Path real = folder.resolve("shared/privacyflow-baseline.json");
        Baseline.of(List.of(), new ReportPaths(folder)).write(real);
        Path link = Files.createSymbolicLink(folder.resolve("privacyflow-baseline.json"), real);
        Baseline.of(List.of(), new ReportPaths(folder)).write(link);
        assertTrue(Files.isSymbolicLink(link), "the link is not replaced by a file");
        assertEquals(0, Baseline.load(real).entries().size());
    }

    private List<Path> listing() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static List<String> signatures(List<Finding> findings) {
        return findings.stream().map(Finding::elementSignature).toList();
    }
}
