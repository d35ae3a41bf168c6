package io.github.privacyflow.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.rules.FindingCollector;
import io.github.privacyflow.rules.Rule;
import io.github.privacyflow.rules.RuleContext;
import io.github.privacyflow.rules.RuleInfo;
import io.github.privacyflow.rules.RuleRegistry;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that throws: the user's build warns and keeps the other rules' findings, while every
 * test that analyses through {@link FixtureProject} fails, so a crash cannot pass as a rule that
 * found nothing.
 */
class RuleCrashTest {

    @TempDir
    Path folder;

    /** Planted: throws as a rule with a bug would, after the engine has asked it to check. */
    @RuleInfo(id = "PF999", name = "planted-crash", severity = Severity.ERROR, summary = "Throws.", clause = "none")
    static final class CrashingRule implements Rule {
        private final RuntimeException failure;

        CrashingRule(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public void check(RuleContext context, FindingCollector findings) {
            throw failure;
        }
    }

    /** Planted: recurses without end, as a rule walking a cyclic structure would. */
    @RuleInfo(id = "PF998", name = "planted-overflow", severity = Severity.ERROR, summary = "Overflows.", clause = "none")
    static final class OverflowingRule implements Rule {
        @Override
        public void check(RuleContext context, FindingCollector findings) {
            check(context, findings);
        }
    }

    private FixtureProject project(Rule planted) {
        Rule unclassified = RuleRegistry.byId("PF002").orElseThrow();
        return FixtureProject.in(folder)
                .source("org/example/Participant.java",
                        "package org.example;",
                        "public class Participant {",
                        "    private String email; // expect PF002",
                        "}")
                .configure(builder -> builder.rules(List.of(planted, unclassified)));
    }

    @Test
    void aCrashingRuleFailsADirectAnalysis() {
        NullPointerException planted = new NullPointerException("planted");
        FixtureProject project = project(new CrashingRule(planted)).compile();

        RuleCrashException crash = assertThrows(RuleCrashException.class, project::analyze);

        assertEquals("PF999", crash.ruleId());
        assertEquals(planted, crash.getCause());
    }

    @Test
    void aCrashingRuleFailsAMarkerComparisonThatWouldOtherwisePass() {
        // PF002's finding matches the only marker: without the switch this test would pass.
        FixtureProject project = project(new CrashingRule(new IllegalStateException("planted")));

        RuleCrashException crash = assertThrows(RuleCrashException.class, project::assertMatchesMarkers);

        assertEquals("PF999", crash.ruleId());
    }

    @Test
    void aStackOverflowInARuleFailsToo() {
        FixtureProject project = project(new OverflowingRule()).compile();

        RuleCrashException crash = assertThrows(RuleCrashException.class, project::analyze);

        assertEquals("PF998", crash.ruleId());
        assertInstanceOf(StackOverflowError.class, crash.getCause());
    }

    @Test
    void theUsersBuildWarnsAndKeepsTheOtherRulesFindings() throws Exception {
        Rule unclassified = RuleRegistry.byId("PF002").orElseThrow();
        FixtureProject project = project(null)
                .configure(builder -> builder.rules(List.of(new CrashingRule(new NullPointerException("planted")), unclassified))
                        .failOnRuleCrash(false))
                .compile();

        AnalysisResult result = project.analyze();

        assertEquals(List.of("PF002"), result.findings().stream().map(Finding::ruleId).toList());
        assertEquals(List.of(": PF999 could not finish on this module (NullPointerException); its findings may be incomplete."
                + " Please report this."), project.diagnostics());
    }

    @Test
    void aRequestWarnsByDefault() {
        // The Maven goals build their request without the switch: a user's build must not stop
        // on a rule's bug.
        assertFalse(AnalysisRequest.builder(folder).build().failOnRuleCrash());
    }
}
