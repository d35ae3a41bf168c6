package io.github.privacyflow.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.privacyflow.baseline.Baseline;
import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.finding.PathStep;
import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.model.SourceLocation;
import io.github.privacyflow.policy.PolicyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report tells new findings from those a baseline accepted: SARIF's {@code baselineState},
 * the JSON summary and findings, the HTML headline and rows, and the console's last line; and
 * none of them says anything about a baseline when there is none.
 */
class BaselineReportsTest {

    @TempDir
    Path folder;

    /** One accepted error, one new error, one new warning; one baseline entry is fixed. */
    private record Fixture(AnalysisResult result, BaselineStates states, ReportPaths paths) {
    }

    private Fixture fixture() throws Exception {
        Path module = folder.resolve("classroom");
        Path student = module.resolve("src/main/java/org/example/Student.java");
        Path service = module.resolve("src/main/java/org/example/JoinService.java");
        Finding accepted = new Finding("PF001", "sensitive-data", Severity.ERROR, new SourceLocation(student, 8, 20),
                "field Student.religion holds special-category data", "org.example.Student#religion", List.of());
        Finding newWarning = new Finding("PF002", "unclassified-personal-data", Severity.WARNING,
                new SourceLocation(student, 10, 20), "field Student.email looks like personal data", "org.example.Student#email",
                List.of());
        Finding newError = new Finding("PF003", "undeclared-purpose", Severity.ERROR, new SourceLocation(service, 5, 0),
                "personal data Student.email reaches Logger.info", "org.example.JoinService#join()->Logger.info",
                List.of(new PathStep("reads Student.email (user-interaction)", new SourceLocation(student, 10, 0)),
                        new PathStep("sends it to Logger.info (logging)", new SourceLocation(service, 5, 0))));
        Finding fixedLater = new Finding("PF002", "unclassified-personal-data", Severity.WARNING,
                new SourceLocation(student, 12, 20), "field Student.phone looks like personal data", "org.example.Student#phone",
                List.of());
        ReportPaths paths = new ReportPaths(module);
        Path file = module.resolve("privacyflow-baseline.json");
        Baseline.of(List.of(accepted, fixedLater), paths).write(file);

        List<Finding> suppressed = List.of(
                new Finding("PF002", "unclassified-personal-data", Severity.WARNING, new SourceLocation(student, 14, 20),
                        "field Student.nickname looks like personal data", "org.example.Student#nickname", List.of()),
                new Finding("PF001", "sensitive-data", Severity.ERROR, new SourceLocation(student, 16, 20),
                        "field Student.healthNotes holds special-category data", "org.example.Student#healthNotes", List.of()));
        AnalysisResult result = new AnalysisResult(List.of(newError, accepted, newWarning), suppressed, PolicyLoader.loadDefault(),
                4, null);
        BaselineStates states = Baseline.load(file).compare(result.findings(), paths).states(file);
        return new Fixture(result, states, paths);
    }

    @Test
    void sarifResultsCarryTheirBaselineState() throws Exception {
        Fixture fixture = fixture();
        JsonNode run = SarifReport.build(fixture.result(), fixture.states(), new ReportPaths(folder), "classroom").path("runs").get(0);
        JsonNode results = run.path("results");
        assertEquals(3, results.size(), "an absent entry is not written as a result: code scanning would keep its alert open");
        for (JsonNode result : results) {
            String expected = result.path("ruleId").asText().equals("PF001") ? "unchanged" : "new";
            assertEquals(expected, result.path("baselineState").asText(), result.toString());
        }
        assertEquals("classroom/privacyflow-baseline.json", run.path("properties").path("privacyflowBaseline").asText(),
                "the baseline, named relative to the reactor root like every URI of the run");
    }

    @Test
    void withoutABaselineNoReportMentionsOne() throws Exception {
        Fixture fixture = fixture();
        JsonNode sarif = SarifReport.build(fixture.result(), new ReportPaths(folder), "classroom");
        assertFalse(sarif.toString().contains("baselineState"), "SARIF gives the state a meaning only against a baseline");
        assertFalse(sarif.path("runs").get(0).path("properties").has("privacyflowBaseline"));
        JsonNode json = JsonReport.build(fixture.result(), fixture.paths(), "classroom");
        assertFalse(json.toString().contains("baseline"), json.toString());
        assertFalse(json.path("summary").has("new"));
        String html = HtmlReport.render(fixture.result(), fixture.paths(), "classroom");
        assertFalse(html.contains("data-baseline") || html.contains("baseline-summary") || html.contains("baselined"),
                "no baseline wording without a baseline");
        assertTrue(html.contains("<span class=\"verdict fail\">2 errors \u00b7 1 warning</span>"));
        assertEquals("privacyflow: 2 errors, 1 warning (2 suppressed) in 4 classes, checked against "
                + "\"Low-code Interactive Classroom DPSA\"", ConsoleReport.summary(fixture.result()));
    }

    @Test
    void jsonCountsNewAndBaselinedApartAndListsAbsentEntries() throws Exception {
        Fixture fixture = fixture();
        JsonNode json = JsonReport.build(fixture.result(), fixture.states(), fixture.paths(), "classroom");
        JsonNode summary = json.path("summary");
        assertEquals(2, summary.path("errors").asInt(), "errors and warnings still count every finding in the file");
        assertEquals(1, summary.path("warnings").asInt());
        assertEquals(1, summary.path("new").path("errors").asInt());
        assertEquals(1, summary.path("new").path("warnings").asInt());
        assertEquals(1, summary.path("baselined").path("errors").asInt());
        assertEquals(0, summary.path("baselined").path("warnings").asInt());
        assertEquals(1, summary.path("absent").asInt());
        for (JsonNode finding : json.path("findings")) {
            assertEquals(finding.path("ruleId").asText().equals("PF001") ? "unchanged" : "new", finding.path("baselineState").asText());
        }
        JsonNode baseline = json.path("baseline");
        assertEquals("privacyflow-baseline.json", baseline.path("file").asText());
        assertEquals(1, baseline.path("absent").size());
        JsonNode absent = baseline.path("absent").get(0);
        assertEquals("PF002", absent.path("ruleId").asText());
        assertEquals("org.example.Student#phone", absent.path("element").asText());
        assertEquals("src/main/java/org/example/Student.java", absent.path("file").asText());
    }

    @Test
    void htmlHeadlineCountsNewFindingsAndBaselinedApart() throws Exception {
        Fixture fixture = fixture();
        String html = HtmlReport.render(fixture.result(), fixture.states(), fixture.paths(), "classroom");
        assertTrue(html.contains("<span class=\"verdict fail\">1 new error \u00b7 1 new warning \u00b7 1 baselined</span>"), html);
        assertTrue(html.contains("Compared with the baseline <code>privacyflow-baseline.json</code>: <strong>2 new findings</strong>"
                + " (1 error, 1 warning), 1 baselined finding (1 error, 0 warnings), 1 entry no longer found."));
        assertEquals(1, count(html, "data-baseline=\"unchanged\""));
        assertEquals(2, count(html, "data-baseline=\"new\""));
        assertTrue(html.contains(">baselined</span> <span class=\"text\">field Student.religion"));
        assertTrue(html.contains("Baseline entries no longer found (1)"));
        assertTrue(html.contains("<code>org.example.Student#phone</code>"));
    }

    @Test
    void htmlVerdictPassesWhenEveryFindingIsBaselined() throws Exception {
        Fixture fixture = fixture();
        Finding only = fixture.result().findings().stream().filter(f -> f.ruleId().equals("PF001")).findFirst().orElseThrow();
        AnalysisResult result = new AnalysisResult(List.of(only), List.of(), fixture.result().policy(), 4, null);
        BaselineStates states = BaselineStates.of(fixture.states().baselineFile(), Set.of(only), List.of());
        String html = HtmlReport.render(result, states, fixture.paths(), "classroom");
        assertTrue(html.contains("<span class=\"verdict pass\">no new findings \u00b7 1 baselined</span>"), html);
    }

    @Test
    void consoleSummaryCountsNewAndBaselinedApart() throws Exception {
        Fixture fixture = fixture();
        assertEquals("privacyflow: new: 1 error, 1 warning; baselined: 1 error, 0 warnings; no longer found: 1 (2 suppressed) "
                + "in 4 classes, checked against \"Low-code Interactive Classroom DPSA\"",
                ConsoleReport.summary(fixture.result(), fixture.states()));
    }

    @Test
    void reportWriterHandsTheStatesToEveryFormat() throws Exception {
        Fixture fixture = fixture();
        Path out = folder.resolve("out");
        ReportWriter.write(fixture.result(), fixture.states(), Set.of("sarif", "json", "html"), out, fixture.paths(),
                new ReportPaths(folder), "classroom");
        assertTrue(Files.readString(out.resolve("privacyflow.sarif")).contains("\"baselineState\" : \"unchanged\""));
        assertTrue(Files.readString(out.resolve("privacyflow.json")).contains("\"baselineState\" : \"new\""));
        assertTrue(Files.readString(out.resolve("privacyflow.html")).contains("data-baseline=\"unchanged\""));
    }

    @Test
    void aFindingTwiceIsAcceptedOnceByOneEntry() throws Exception {
        Fixture fixture = fixture();
        Finding accepted = fixture.result().findings().stream().filter(f -> f.ruleId().equals("PF001")).findFirst().orElseThrow();
        // Equal by value, yet two findings: the one entry accepts the first, the second is new.
        Finding twin = new Finding(accepted.ruleId(), accepted.ruleName(), accepted.severity(), accepted.location(),
                accepted.message(), accepted.elementSignature(), accepted.path());
        List<Finding> findings = List.of(accepted, twin);
        BaselineStates states = Baseline.load(fixture.states().baselineFile()).compare(findings, fixture.paths())
                .states(fixture.states().baselineFile());
        assertEquals("unchanged", states.state(accepted));
        assertEquals("new", states.state(twin));
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }
}
