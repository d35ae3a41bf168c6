package io.github.privacyflow.flow;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.finding.PathStep;
import io.github.privacyflow.report.ConsoleReport;
import io.github.privacyflow.report.JsonReport;
import io.github.privacyflow.report.ReportPaths;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports hold identifiers and locations, never data values: no string constant of the analysed code reaches them. */
class NoDataValuesTest {

    @TempDir
    Path folder;

    @Test
    void stringConstantsNeverReachMessagesPathsOrReports() throws Exception {
        AnalysisResult result = FixtureProject.in(folder)
                .source("org/example/Seed.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "public class Seed {",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    String email = \"li.wei@example.edu\";",
                        "    String phoneNumber = \"+86 138 0013 8000\";",
                        "    @Purpose(\"analytics\")",
                        "    void run() {",
                        "        String line = \"li.wei@example.edu joined from 10.1.2.3\" + email;",
                        "        System.out.println(line + phoneNumber + \"SELECT * FROM students WHERE email='li.wei@example.edu'\");",
                        "    }",
                        "}")
                .compile().analyze();
        StringBuilder everything = new StringBuilder();
        for (Finding finding : result.findings()) {
            everything.append(ConsoleReport.line(finding)).append('\n');
            for (PathStep step : finding.path()) {
                everything.append(step.description()).append('\n');
            }
        }
        everything.append(JsonReport.build(result, new ReportPaths(folder), "seed"));
        for (String value : new String[] {"li.wei", "example.edu", "10.1.2.3", "138 0013", "SELECT"}) {
            assertFalse(everything.toString().contains(value), () -> "a data value leaked into the report: " + value);
        }
        assertFalse(result.findings().isEmpty());
    }
}
