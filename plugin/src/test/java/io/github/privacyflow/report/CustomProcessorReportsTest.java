package io.github.privacyflow.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data map, HTML, JSON and SARIF name a policy's own processors and sink kinds by their titles. */
class CustomProcessorReportsTest {

    @TempDir
    static Path folder;

    private static AnalysisResult result;

    @BeforeAll
    static void analyse() throws Exception {
        result = FixtureProject.in(folder)
                .file("privacyflow-policy.yaml", String.join("\n",
                        "name: Classroom with SMS reminders",
                        "categories:",
                        "  user-interaction:",
                        "    purposes: [provide-feature]",
                        "    processors: [tencent-sms]",
                        "    retention: { max-days: 180 }",
                        "  generated-content:",
                        "    purposes: [provide-feature]",
                        "    processors: []",
                        "    retention: { until-deleted: true }",
                        "purposes:",
                        "  provide-feature: Provide the feature",
                        "processors:",
                        "  tencent-sms: { title: Tencent Cloud SMS, sinks: [sms-gateway] }",
                        "sinks:",
                        "  - { kind: sms-gateway, method: \"org.example.SmsClient#send(*)\" }",
                        ""))
                .source("org/example/SmsClient.java",
                        "package org.example;",
                        "public class SmsClient {",
                        "    public void send(String to, Object text) { }",
                        "}")
                .source("org/example/Learner.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "@PersonalData(category = \"user-interaction\")",
                        "public class Learner { public String phone; }")
                .source("org/example/Clip.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "@PersonalData(category = \"generated-content\")",
                        "public class Clip { public String key; }")
                .source("org/example/Reminders.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "@Purpose(\"provide-feature\")",
                        "public class Reminders {",
                        "    void remind(SmsClient sms, Learner learner) { sms.send(learner.phone, \"class at 9\"); }",
                        "    void leak(SmsClient sms, Clip clip) { sms.send(\"+100\", clip.key); }",
                        "}")
                .configure(builder -> builder.dataMap(true))
                .compile().analyze();
    }

    @Test
    void jsonListsTheAgreementsProcessorsAndKindsWithTitles() {
        JsonNode json = JsonReport.build(result, new ReportPaths(folder), "m");
        JsonNode processor = json.path("policy").path("processors").get(0);
        assertEquals("tencent-sms", processor.path("name").asText());
        assertEquals("Tencent Cloud SMS", processor.path("title").asText());
        assertEquals("sms-gateway", processor.path("sinks").get(0).asText());
        JsonNode kinds = json.path("policy").path("sinkKinds");
        JsonNode own = kinds.get(kinds.size() - 1);
        assertEquals("sms-gateway", own.path("name").asText());
        assertEquals("Tencent Cloud SMS", own.path("title").asText());
        assertEquals(false, own.path("builtIn").asBoolean());
        assertEquals("Logging and the console", kinds.get(0).path("title").asText());
        JsonNode uses = json.path("dataMap").path("categories").get(0).path("processors");
        assertEquals("tencent-sms", uses.get(0).path("name").asText());
        assertEquals("Tencent Cloud SMS", uses.get(0).path("title").asText());
        assertTrue(uses.get(0).path("permitted").asBoolean());
    }

    @Test
    void dataMapHtmlAndSarifShowTheTitles() {
        ReportPaths paths = new ReportPaths(folder);
        String markdown = DataMapMarkdown.render(result, paths, "m");
        assertTrue(markdown.contains("| tencent-sms (Tencent Cloud SMS) | yes | 1 |"), markdown);
        assertTrue(markdown.contains("tencent-sms (Tencent Cloud SMS) (**not permitted**)"), markdown);
        String html = HtmlReport.render(result, paths, "m");
        assertTrue(html.contains("<span class=\"pill\" title=\"tencent-sms (sinks: sms-gateway)\">Tencent Cloud SMS</span>"), html);
        assertTrue(html.contains("<dt>Own sink kinds</dt><dd><span class=\"pill\" title=\"a sink kind this policy defines\">"
                + "sms-gateway \u2014 Tencent Cloud SMS</span>"), html);
        assertTrue(html.contains("<code>tencent-sms</code><span class=\"title\">Tencent Cloud SMS</span>"), html);
        String sarif = SarifReport.build(result, paths, "m").toString();
        assertTrue(sarif.contains("handled by tencent-sms (Tencent Cloud SMS), which the agreement does not list for"
                + " generated-content (listed: none)"), sarif);
    }
}
