package io.github.privacyflow.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.finding.PathStep;
import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.model.SourceLocation;
import io.github.privacyflow.policy.PolicyException;
import io.github.privacyflow.rules.Rule;
import io.github.privacyflow.rules.RuleInfo;
import io.github.privacyflow.rules.RuleRegistry;
import io.github.privacyflow.testing.FixtureProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code privacyflow.sarif}: SARIF 2.1.0 as GitHub code scanning accepts it (REFERENCES §3). */
class SarifReportTest {

    /** The findings sort by file: JoinService's flow finding, then Participant's declaration finding. */
    private static final int FLOW = 0;
    private static final int DECLARATION = 1;

    private static final Pattern LINE_HASH = Pattern.compile("[0-9a-f]{16}:[1-9][0-9]*");

    @TempDir
    static Path folder;

    private static Path reactorRoot;
    private static AnalysisResult result;

    /** A module {@code classroom} inside a reactor, with a declaration finding and a flow finding. */
    @BeforeAll
    static void analyseFixture() throws PolicyException {
        reactorRoot = folder;
        result = FixtureProject.in(folder.resolve("classroom")).rule("PF001").rule("PF003")
                .configure(builder -> builder.dataMap(true))
                .source("org/example/Participant.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import io.github.privacyflow.annotations.Sensitive;",
                        "public class Participant {",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    private String email;",
                        "    @Sensitive(kind = \"health\")",
                        "    private String accessibilityNeeds; // expect PF001",
                        "    public String getEmail() { return email; }",
                        "}")
                .source("org/example/JoinService.java",
                        "package org.example;",
                        "public class JoinService {",
                        "    void join(Participant participant) {",
                        "        System.out.println(participant.getEmail()); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
        assertEquals(List.of("PF003", "PF001"), result.findings().stream().map(Finding::ruleId).toList(),
                "sorted by file: JoinService, then Participant");
    }

    private JsonNode sarif() throws IOException {
        Path file = folder.resolve("out/privacyflow.sarif");
        SarifReport.write(result, new ReportPaths(reactorRoot), "classroom", file);
        return JsonReport.mapper().readTree(file.toFile());
    }

    @Test
    void theLogHasTheSchemaVersionOneRunAndItsCategory() throws IOException {
        JsonNode log = sarif();
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", log.path("$schema").asText());
        assertEquals("2.1.0", log.path("version").asText());
        assertEquals(1, log.path("runs").size());
        JsonNode run = log.path("runs").get(0);
        assertEquals("privacyflow/classroom/", run.path("automationDetails").path("id").asText());
        JsonNode driver = run.path("tool").path("driver");
        assertEquals("privacyflow", driver.path("name").asText());
        assertEquals(ToolVersion.get(), driver.path("version").asText());
        assertTrue(driver.path("informationUri").asText().startsWith("https://"));
        assertEquals(2, run.path("results").size());
    }

    @Test
    void everyRegisteredRuleIsDescribedWithItsHelp() throws IOException {
        JsonNode rules = sarif().path("runs").get(0).path("tool").path("driver").path("rules");
        List<Rule> registered = RuleRegistry.all();
        assertEquals(registered.size(), rules.size());
        for (int i = 0; i < registered.size(); i++) {
            RuleInfo info = registered.get(i).info();
            JsonNode rule = rules.get(i);
            assertEquals(info.id(), rule.path("id").asText());
            assertEquals(info.name(), rule.path("name").asText());
            assertEquals(info.summary(), rule.path("shortDescription").path("text").asText());
            String full = rule.path("fullDescription").path("text").asText();
            assertTrue(full.startsWith(info.summary()) && full.contains(info.clause()), full);
            assertTrue(full.length() <= 1024);
            assertEquals(RuleDocs.markdown(info.id()), rule.path("help").path("text").asText());
            assertEquals(RuleDocs.markdown(info.id()), rule.path("help").path("markdown").asText());
            assertEquals(RuleDocs.uri(info.id()), rule.path("helpUri").asText());
            String level = info.severity() == Severity.ERROR ? "error" : "warning";
            assertEquals(level, rule.path("defaultConfiguration").path("level").asText());
            JsonNode properties = rule.path("properties");
            assertEquals(level, properties.path("problem.severity").asText());
            assertEquals(info.id().equals("PF002") ? "medium" : "high", properties.path("precision").asText());
            JsonNode tags = properties.path("tags");
            assertTrue(tags.size() >= 3 && tags.size() <= 20);
            assertEquals("security", tags.get(0).asText());
            assertTrue(properties.path("security-severity").isTextual(), "security-severity is a string");
            double score = Double.parseDouble(properties.path("security-severity").asText());
            if (info.severity() == Severity.ERROR) {
                assertTrue(score >= 7.0 && score < 9.0, info.id() + " is high: " + score);
            } else {
                assertTrue(score >= 4.0 && score < 7.0, info.id() + " is medium: " + score);
            }
            assertTrue(SarifRuleTraits.isScored(info.id()), info.id() + " has its own score in SarifRuleTraits");
        }
    }

    @Test
    void resultsPointAtTheirRuleAndAtRelativeFiles() throws IOException {
        JsonNode run = sarif().path("runs").get(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        JsonNode results = run.path("results");
        for (int i = 0; i < results.size(); i++) {
            JsonNode sarifResult = results.get(i);
            Finding finding = result.findings().get(i);
            assertEquals(finding.ruleId(), sarifResult.path("ruleId").asText());
            assertEquals(finding.ruleId(), rules.get(sarifResult.path("ruleIndex").asInt()).path("id").asText());
            assertEquals(finding.severity() == Severity.ERROR ? "error" : "warning", sarifResult.path("level").asText());
            assertEquals(1, sarifResult.path("locations").size());
            JsonNode physical = sarifResult.path("locations").get(0).path("physicalLocation");
            assertEquals("%SRCROOT%", physical.path("artifactLocation").path("uriBaseId").asText());
            assertEquals(finding.location().line(), physical.path("region").path("startLine").asInt());
        }
        JsonNode declaration = results.get(DECLARATION);
        assertEquals("classroom/src/main/java/org/example/Participant.java",
                declaration.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText());
        assertEquals(8, declaration.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt());
        String message = declaration.path("message").path("text").asText();
        assertTrue(message.startsWith("Field Participant.accessibilityNeeds holds special-category data"), message);
        assertTrue(message.endsWith("."), message);
        assertFalse(declaration.has("codeFlows"), "a declaration finding has no flow");
    }

    @Test
    void theFlowFindingCarriesItsPathAsACodeFlow() throws IOException {
        JsonNode flow = sarif().path("runs").get(0).path("results").get(FLOW);
        Finding finding = result.findings().get(FLOW);
        assertFalse(finding.path().isEmpty());
        assertEquals(1, flow.path("codeFlows").size());
        assertEquals(1, flow.path("codeFlows").get(0).path("threadFlows").size());
        JsonNode steps = flow.path("codeFlows").get(0).path("threadFlows").get(0).path("locations");
        assertEquals(finding.path().size(), steps.size());
        for (int i = 0; i < steps.size(); i++) {
            PathStep step = finding.path().get(i);
            JsonNode location = steps.get(i).path("location");
            String text = location.path("message").path("text").asText();
            assertTrue(text.toLowerCase().startsWith(step.description().toLowerCase()), text);
            JsonNode physical = location.path("physicalLocation");
            assertEquals(new ReportPaths(reactorRoot).relative(step.location().file()),
                    physical.path("artifactLocation").path("uri").asText());
            assertTrue(physical.path("region").path("startLine").asInt() >= 1);
        }
    }

    @Test
    void noLineOrColumnIsZeroAndNoUriIsEmptyOrAbsolute() throws IOException {
        List<JsonNode> regions = new ArrayList<>();
        List<JsonNode> artifacts = new ArrayList<>();
        collect(sarif(), regions, artifacts);
        assertEquals(2 + result.findings().get(FLOW).path().size(), regions.size());
        for (JsonNode region : regions) {
            assertTrue(region.path("startLine").asInt() >= 1, region.toString());
            assertFalse(region.has("startColumn") && region.path("startColumn").asInt() < 1, region.toString());
        }
        for (JsonNode artifact : artifacts) {
            String uri = artifact.path("uri").asText();
            assertFalse(uri.isEmpty());
            assertFalse(uri.startsWith("/") || uri.contains(":"), uri);
        }
    }

    @Test
    void fingerprintsAreLineInsensitiveAndPresent() throws IOException {
        JsonNode results = sarif().path("runs").get(0).path("results");
        for (int i = 0; i < results.size(); i++) {
            String hash = results.get(i).path("partialFingerprints").path("primaryLocationLineHash").asText();
            assertTrue(LINE_HASH.matcher(hash).matches(), hash);
            assertEquals(Fingerprints.of(result.findings().get(i), new ReportPaths(reactorRoot)) + ":1", hash);
            assertEquals(hash, results.get(i).path("fingerprints").path(SarifReport.FINGERPRINT_KEY).asText());
        }
        assertNotEquals(results.get(0).path("partialFingerprints"), results.get(1).path("partialFingerprints"));
    }

    @Test
    void theFileIsByteIdenticalWhenWrittenTwiceAndHoldsNoMachineSpecificValue() throws IOException {
        Path first = folder.resolve("first/privacyflow.sarif");
        Path second = folder.resolve("second/privacyflow.sarif");
        SarifReport.write(result, new ReportPaths(reactorRoot), "classroom", first);
        SarifReport.write(result, new ReportPaths(reactorRoot), "classroom", second);
        byte[] bytes = Files.readAllBytes(first);
        assertArrayEquals(bytes, Files.readAllBytes(second));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(text.contains(folder.toAbsolutePath().toString()), "no absolute path");
        assertFalse(text.contains("\"file:"), "no file: URI");
        assertFalse(Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:").matcher(text).find(), "no timestamp");
        assertFalse(text.contains("TimeUtc"), "no start or end time");
    }

    @Test
    void theReportWriterUsesTheReactorRootForSarif() throws IOException {
        Path out = folder.resolve("classroom/target/privacyflow");
        List<Path> written = ReportWriter.write(result, Set.of("sarif", "json"), out,
                new ReportPaths(folder.resolve("classroom")), new ReportPaths(reactorRoot), "classroom");
        assertTrue(written.contains(out.resolve("privacyflow.sarif")));
        JsonNode log = JsonReport.mapper().readTree(out.resolve("privacyflow.sarif").toFile());
        assertTrue(log.path("runs").get(0).path("results").get(DECLARATION).path("locations").get(0).path("physicalLocation")
                .path("artifactLocation").path("uri").asText().startsWith("classroom/src/main/java/"));
        JsonNode json = JsonReport.mapper().readTree(out.resolve("privacyflow.json").toFile());
        assertTrue(json.path("findings").get(0).path("file").asText().startsWith("src/main/java/"));
    }

    @Test
    void anUnknownLineMeansTheTopOfTheFileAndAnUnknownColumnIsLeftOut() {
        Path classFile = folder.resolve("classroom/target/classes/org/example/Student.class");
        Path source = folder.resolve("classroom/src/main/java/org/example/Student.java");
        Finding finding = new Finding("PF003", "undeclared-purpose", Severity.ERROR, SourceLocation.of(classFile),
                "personal data Student.email reaches PrintStream.println (console)", "org.example.Student#log",
                List.of(new PathStep("reads Student.email", new SourceLocation(source, 0, 7)),
                        new PathStep("sends it to PrintStream.println (console)", new SourceLocation(source, 12, 0))));
        JsonNode sarifResult = SarifReport.build(synthetic(finding), new ReportPaths(reactorRoot), "classroom")
                .path("runs").get(0).path("results").get(0);
        JsonNode physical = sarifResult.path("locations").get(0).path("physicalLocation");
        assertEquals("classroom/target/classes/org/example/Student.class", physical.path("artifactLocation").path("uri").asText());
        assertEquals("{\"startLine\":1}", physical.path("region").toString());
        JsonNode steps = sarifResult.path("codeFlows").get(0).path("threadFlows").get(0).path("locations");
        assertEquals("{\"startLine\":1}", steps.get(0).path("location").path("physicalLocation").path("region").toString());
        assertEquals("{\"startLine\":12}", steps.get(1).path("location").path("physicalLocation").path("region").toString());
        assertEquals("Reads Student.email.", steps.get(0).path("location").path("message").path("text").asText());
    }

    @Test
    void findingsSharingAFingerprintGetOccurrenceIndexes() {
        Path file = folder.resolve("classroom/src/main/java/org/example/JoinService.java");
        Finding first = new Finding("PF003", "undeclared-purpose", Severity.ERROR, new SourceLocation(file, 4, 9),
                "personal data reaches System.out", "org.example.JoinService#join(Participant)", List.of());
        Finding second = new Finding("PF003", "undeclared-purpose", Severity.ERROR, new SourceLocation(file, 5, 9),
                "personal data reaches System.err", "org.example.JoinService#join(Participant)", List.of());
        JsonNode results = SarifReport.build(synthetic(first, second), new ReportPaths(reactorRoot), "classroom")
                .path("runs").get(0).path("results");
        String hash = Fingerprints.of(first, new ReportPaths(reactorRoot));
        assertEquals(hash + ":1", results.get(0).path("partialFingerprints").path("primaryLocationLineHash").asText());
        assertEquals(hash + ":2", results.get(1).path("partialFingerprints").path("primaryLocationLineHash").asText());
    }

    @Test
    void callsFoldedIntoAFindingAreItsRelatedLocations() {
        Path file = folder.resolve("classroom/src/main/java/org/example/JoinService.java");
        Finding folded = new Finding("PF003", "undeclared-purpose", Severity.ERROR, new SourceLocation(file, 4, 9),
                "personal data reaches System.out" + Finding.REPEATED_AT + "s 7, 12", "org.example.JoinService#join(Participant)",
                List.of(), List.of(7, 12));
        JsonNode related = SarifReport.build(synthetic(folded), new ReportPaths(reactorRoot), "classroom")
                .path("runs").get(0).path("results").get(0).path("relatedLocations");
        assertEquals(2, related.size(), related::toPrettyString);
        assertEquals(1, related.get(0).path("id").asInt());
        assertEquals("{\"startLine\":12}", related.get(1).path("physicalLocation").path("region").toString());
        assertEquals("classroom/src/main/java/org/example/JoinService.java",
                related.get(1).path("physicalLocation").path("artifactLocation").path("uri").asText());
    }

    @Test
    void urisArePercentEncodedAsPathToUriEncodesThem() {
        Path file = folder.resolve("classroom/src/main/java/org/example/My Class#1[a].java");
        Finding finding = new Finding("PF001", "sensitive-data", Severity.ERROR, new SourceLocation(file, 3, 5),
                "field MyClass.diagnosis holds special-category data", "org.example.MyClass#diagnosis", List.of());
        String uri = SarifReport.build(synthetic(finding), new ReportPaths(reactorRoot), "classroom").path("runs").get(0)
                .path("results").get(0).path("locations").get(0).path("physicalLocation").path("artifactLocation")
                .path("uri").asText();
        assertEquals("classroom/src/main/java/org/example/My%20Class%231%5Ba%5D.java", uri);
        assertEquals(reactorRoot.toUri().relativize(file.toUri()).toASCIIString(), uri);
        // Non-ASCII names are encoded as UTF-8 bytes, as Path.toUri() does (not built as a Path
        // here: a JVM started without a UTF-8 locale cannot name such a file).
        assertEquals("org/ex%C3%A4mple/%E5%AD%A6%E7%94%9F.java", SarifLocations.encode("org/exämple/学生.java"));
        assertEquals("a%3Ab.java", SarifLocations.encode("a:b.java"));
    }

    @Test
    void theFirstSentenceOfTheMessageReadsAsATitle() {
        assertEquals("Field Student.religion holds special-category data of kind 'religion'."
                + " The agreement is not intended for sensitive data and none may be processed.",
                SarifReport.message("field Student.religion holds special-category data of kind 'religion';"
                        + " the agreement is not intended for sensitive data and none may be processed"));
        assertEquals("@Purpose on package org.example names purpose 'analytics', which the agreement does not define."
                + " Defined: provide-feature, troubleshooting.",
                SarifReport.message("@Purpose on package org.example names purpose 'analytics', which the agreement"
                        + " does not define; defined: provide-feature, troubleshooting"));
        assertEquals("Personal data Recording.id reaches Logger.info (listed: a; b), which the agreement's list lacks 'x; y'."
                + " Add it.",
                SarifReport.message("personal data Recording.id reaches Logger.info (listed: a; b), which the agreement's"
                        + " list lacks 'x; y'; add it."));
        assertEquals("Type Recording keeps data 365 days, but the agreement keeps it at most 180 days.",
                SarifReport.message("type Recording keeps data 365 days, but the agreement keeps it at most 180 days"));
    }

    private static AnalysisResult synthetic(Finding... findings) {
        return new AnalysisResult(List.of(findings), List.of(), result.policy(), 1, null);
    }

    private static void collect(JsonNode node, List<JsonNode> regions, List<JsonNode> artifacts) {
        if (node.isObject()) {
            node.fields().forEachRemaining(entry -> {
                if (entry.getKey().equals("region")) {
                    regions.add(entry.getValue());
                } else if (entry.getKey().equals("artifactLocation")) {
                    artifacts.add(entry.getValue());
                }
                collect(entry.getValue(), regions, artifacts);
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, regions, artifacts));
        }
    }
}
