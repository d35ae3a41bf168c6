package io.github.privacyflow.rules;

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
 * One sink call is one finding (issue 12): of the flow rules a call breaks, the strongest is
 * reported and names the others; a suppressed strongest rule leaves the next one standing.
 */
class StrongestRuleTest {

    @TempDir
    Path folder;

    private FixtureProject recordings() {
        return FixtureProject.in(folder)
                .source("org/example/Recording.java",
                        "package org.example;",
                        "public class Recording {",
                        "    @io.github.privacyflow.annotations.PersonalData(category = \"generated-content\")",
                        "    public String storageKey;",
                        "}");
    }

    @Test
    void aCallThatBreaksSeveralFlowRulesIsOneFindingOfTheStrongest() throws Exception {
        AnalysisResult result = recordings()
                .source("org/example/Player.java",
                        "package org.example;",
                        "public class Player {",
                        "    void failed(Recording recording) {",
                        "        System.out.println(recording.storageKey); // expect PF005",
                        "    }",
                        "}")
                .assertMatchesMarkers();
        List<Finding> flows = result.findings().stream().filter(finding -> finding.ruleId().startsWith("PF00")
                && List.of("PF003", "PF004", "PF005").contains(finding.ruleId())).toList();
        assertEquals(1, flows.size());
        assertTrue(flows.get(0).message().endsWith(Finding.ALSO_BREAKS + "PF003 undeclared-purpose"), flows.get(0).message());
    }

    @Test
    void aSuppressedStrongestRuleLeavesTheNextOne() {
        recordings()
                .source("org/example/Player.java",
                        "package org.example;",
                        "public class Player {",
                        "    @SuppressWarnings(\"PF005\")",
                        "    void failed(Recording recording) {",
                        "        System.out.println(recording.storageKey); // expect PF003 // expect suppressed PF005",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
}
