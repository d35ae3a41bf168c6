package io.github.privacyflow.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.engine.Finding;
import io.github.privacyflow.report.ReportPaths;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline round trip: record, add a finding, only the new one fails; fixed findings become stale. */
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

    private static List<String> signatures(List<Finding> findings) {
        return findings.stream().map(Finding::elementSignature).toList();
    }
}
