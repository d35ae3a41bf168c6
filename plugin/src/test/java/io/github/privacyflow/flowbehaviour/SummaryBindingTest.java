package io.github.privacyflow.flowbehaviour;

import static io.github.privacyflow.testing.FixtureProject.PERSONAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A callee's summary speaks of its parameters; at a call each parameter stands for what the
 * caller passes. When the result holds several parameters, the data of every one of them comes
 * back, not only the first one's.
 */
class SummaryBindingTest {

    @TempDir
    Path folder;

    @Test
    void aResultMadeOfTwoParametersCarriesTheDataOfBoth() throws Exception {
        FixtureProject project = FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    String email;",
                        PERSONAL,
                        "    String phoneNumber;",
                        "    static String both(String first, String second) { return first + second; }",
                        "    String withOwn(String other) { return email + other; }",
                        "    void show(Member other) {",
                        "        System.out.println(both(email, phoneNumber));",
                        "        System.out.println(other.withOwn(phoneNumber));",
                        "    }",
                        "}");
        AnalysisResult result = project.compile().analyze();

        List<Finding> findings = result.findings();
        // Line 11 sends the same data to the same kind of sink, so it is folded into line 10's finding.
        assertEquals(List.of(10), findings.stream().map(finding -> finding.location().line()).toList(), findings.toString());
        assertEquals(List.of(11), findings.get(0).repeatLines(), findings.toString());
        for (Finding finding : findings) {
            assertTrue(finding.message().contains("Member.email") && finding.message().contains("Member.phoneNumber"),
                    finding.message());
        }
        assertEquals(List.of(), project.diagnostics());
    }
}
