package io.github.privacyflow.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** data-map.md lists, per category, where the code holds it, its purposes, processors and retention, with the clause each rests on. */
class DataMapMarkdownTest {

    @TempDir
    Path folder;

    @Test
    void everyCategoryWithHoldersPurposesProcessorsAndRetention() throws Exception {
        AnalysisResult result = FixtureProject.in(folder).configure(builder -> builder.dataMap(true))
                .source("org/example/Participant.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "@Retain(days = 365)",
                        "public class Participant {",
                        "    @PersonalData(category = \"user-interaction\") String email;",
                        "    String deviceId;",
                        "}")
                .source("org/example/Support.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "@Purpose(\"troubleshooting\")",
                        "public class Support {",
                        "    void log(Participant participant) { System.out.println(participant.email); }",
                        "    @Purpose(\"analytics\")",
                        "    void track(Participant participant) throws Exception {",
                        "        java.nio.file.Files.writeString(java.nio.file.Path.of(\"x\"), participant.deviceId);",
                        "    }",
                        "}")
                .compile().analyze();
        String markdown = DataMapMarkdown.render(result, new ReportPaths(folder), "demo");

        assertTrue(markdown.contains("## User Interaction and Application Data (`user-interaction`)"), markdown);
        assertTrue(markdown.contains("## Customer or Service Generated Content (`generated-content`)"), markdown);
        assertTrue(markdown.contains("| `Participant.email` | field | `src/main/java/org/example/Participant.java:6` | annotation |"), markdown);
        assertTrue(markdown.contains("| `Participant.deviceId` | field | `src/main/java/org/example/Participant.java:7` | name |"), markdown);
        assertTrue(markdown.contains("| troubleshooting | yes | 1 | purposes permitted: provide-feature, troubleshooting |"), markdown);
        assertTrue(markdown.contains("| analytics | **not permitted** | 1 |"), markdown);
        assertTrue(markdown.contains("| cloud-log-service (Cloud Log Service) | yes | 1 |"), markdown);
        assertTrue(markdown.contains("| (no processor: file) | **not permitted** | 1 |"), markdown);
        assertTrue(markdown.contains("| `Participant` | `src/main/java/org/example/Participant.java:4` | 365 days | **no** (PF007) | retention: at most 180 days |"),
                markdown);
        assertTrue(markdown.contains("Nowhere in this code."), markdown);
    }

    @Test
    void markupInTheAgreementIsShownAsWrittenNotRendered() throws Exception {
        String title = "Rooms <b>beta</b> *draft* [v2](http://example.org) & `ops` | ~x~";
        AnalysisResult result = FixtureProject.in(folder).configure(builder -> builder.dataMap(true))
                .file("privacyflow-policy.yaml", String.join("\n",
                        "name: \"Classroom *pilot* <i>agreement</i>\"",
                        "categories:",
                        "  user-interaction:",
                        "    title: \"" + title + "\"",
                        "    purposes: [provide-feature]",
                        "    processors: []",
                        "    retention: { max-days: 180 }",
                        "purposes:",
                        "  provide-feature: Provide the feature",
                        ""))
                .source("org/example/Learner.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "public class Learner { @PersonalData(category = \"user-interaction\") public String phone; }")
                .compile().analyze();
        String markdown = DataMapMarkdown.render(result, new ReportPaths(folder), "demo");

        Node document = Parser.builder().build().parse(markdown);
        StringBuilder headings = new StringBuilder();
        boolean[] html = {false};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                heading.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text literal) {
                        text.append(literal.getLiteral());
                    }
                });
                headings.append(text).append('\n');
            }

            @Override
            public void visit(HtmlInline inline) {
                html[0] = true;
            }
        });
        assertTrue(headings.toString().contains(title + " ("), headings.toString());
        assertEquals(false, html[0], "no HTML from the agreement reaches the Markdown: " + markdown);
        assertTrue(markdown.contains("Classroom \\*pilot\\* \\<i\\>agreement\\</i\\>"), markdown);
    }
}
