package io.github.privacyflow.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.policy.PolicyException;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding {@code @SuppressWarnings} silences is reported as suppressed and counted apart in
 * every report: never among the findings that fail the build, never lost. Each test fails when
 * the engine drops a suppressed finding, reports it as an ordinary one, or a report forgets it.
 */
class SuppressionReportsTest {

    @TempDir
    static Path folder;

    private static Path module;
    private static AnalysisResult result;

    /** One reported PF002, one PF001 and one PF002 suppressed: one by id on the field, one by "privacyflow" on the class. */
    @BeforeAll
    static void analyse() throws PolicyException {
        module = folder.resolve("classroom");
        result = FixtureProject.in(module).rule("PF001").rule("PF002")
                .source("org/example/Participant.java",
                        "package org.example;",
                        "public class Participant {",
                        "    private String email; // expect PF002",
                        "    @SuppressWarnings(\"PF002\")",
                        "    private String nickname; // expect suppressed PF002",
                        "}")
                .source("org/example/LegacyImport.java",
                        "package org.example;",
                        "@SuppressWarnings(\"privacyflow\")",
                        "public class LegacyImport {",
                        "    private String religion; // expect suppressed PF001",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void theResultHoldsTheSuppressedFindingsApartFromTheReportedOnes() {
        assertEquals(List.of("PF002 Participant.java:3"), describe(result.findings()));
        assertEquals(List.of("PF001 LegacyImport.java:4", "PF002 Participant.java:5"), describe(result.suppressedFindings()));
        assertEquals(2, result.suppressed());
        assertEquals(0, result.count(io.github.privacyflow.finding.Severity.ERROR), "the suppressed PF001 error is not counted");
    }

    @Test
    void theConsoleCountsThemApartAndPrintsNone() {
        assertEquals("privacyflow: 0 errors, 1 warning (2 suppressed) in 2 classes, checked against "
                + "\"Low-code Interactive Classroom DPSA\"", ConsoleReport.summary(result));
        for (Finding suppressed : result.suppressedFindings()) {
            assertFalse(result.findings().contains(suppressed), "printed lines come from findings() only");
        }
    }

    @Test
    void jsonListsThemApartWithTheirCount() {
        JsonNode json = JsonReport.build(result, new ReportPaths(module), "classroom");
        assertEquals(2, json.path("summary").path("suppressed").asInt());
        assertEquals(0, json.path("summary").path("errors").asInt());
        assertEquals(1, json.path("summary").path("warnings").asInt());
        assertEquals(List.of("PF002 src/main/java/org/example/Participant.java:3"), describe(json.path("findings")));
        JsonNode suppressed = json.path("suppressed");
        assertEquals(List.of("PF001 src/main/java/org/example/LegacyImport.java:4",
                "PF002 src/main/java/org/example/Participant.java:5"), describe(suppressed));
        assertTrue(suppressed.get(0).path("message").asText().contains("LegacyImport.religion"), suppressed.toString());
        assertEquals("org.example.Participant#nickname", suppressed.get(1).path("element").asText());
        assertFalse(suppressed.get(0).has("baselineState"), "a baseline does not apply to suppressed findings");
    }

    @Test
    void sarifCountsThemButWritesNoResultCodeScanningWouldOpenAnAlertFor() {
        JsonNode run = SarifReport.build(result, new ReportPaths(folder), "classroom").path("runs").get(0);
        assertEquals(1, run.path("results").size());
        assertEquals("PF002", run.path("results").get(0).path("ruleId").asText());
        String results = run.path("results").toString();
        assertFalse(results.contains("nickname") || results.contains("religion"), results);
        assertEquals(2, run.path("properties").path("privacyflowSuppressed").asInt(-1));
    }

    @Test
    void sarifWithoutSuppressionsSaysNothingAboutThem() {
        AnalysisResult none = new AnalysisResult(result.findings(), List.of(), result.policy(), 2, null);
        JsonNode run = SarifReport.build(none, new ReportPaths(folder), "classroom").path("runs").get(0);
        assertFalse(run.has("properties"), run.toString());
    }

    @Test
    void htmlCountsThemAndListsThemUnderTheFindings() {
        Document page = Jsoup.parse(HtmlReport.render(result, new ReportPaths(module), "classroom"));
        assertEquals("2", text(page, "#stat-suppressed"));
        assertEquals(1, page.select("#findings-table tr.finding").size(), "the table lists reported findings only");
        Element section = page.selectFirst("#findings details#suppressed");
        assertNotNull(section, "the suppressed findings, inside the findings section");
        assertEquals("Suppressed findings (2)", section.selectFirst("summary").text());
        List<String> rows = new ArrayList<>();
        for (Element row : section.select("tr.suppressed-finding")) {
            assertEquals("#rule-" + row.attr("data-rule"), row.selectFirst("a.rule-id").attr("href"));
            assertNotNull(page.getElementById("rule-" + row.attr("data-rule")), "the rule link's target");
            rows.add(row.attr("data-rule") + " " + row.selectFirst("td.where").text());
        }
        assertEquals(List.of("PF001 src/main/java/org/example/LegacyImport.java:4:20",
                "PF002 src/main/java/org/example/Participant.java:5:20"), rows);
    }

    @Test
    void htmlWithoutSuppressionsHasNoSuppressedList() {
        AnalysisResult none = new AnalysisResult(result.findings(), List.of(), result.policy(), 2, null);
        Document page = Jsoup.parse(HtmlReport.render(none, new ReportPaths(module), "classroom"));
        assertEquals("0", text(page, "#stat-suppressed"));
        assertTrue(page.select("#suppressed").isEmpty());
    }

    private static String text(Document page, String selector) {
        Element element = page.selectFirst(selector);
        assertNotNull(element, selector);
        return element.text();
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.file().getFileName() + ":" + f.location().line()).toList();
    }

    private static List<String> describe(JsonNode findings) {
        List<String> lines = new ArrayList<>();
        for (JsonNode finding : findings) {
            lines.add(finding.path("ruleId").asText() + " " + finding.path("file").asText() + ":" + finding.path("line").asInt());
        }
        return lines;
    }
}
