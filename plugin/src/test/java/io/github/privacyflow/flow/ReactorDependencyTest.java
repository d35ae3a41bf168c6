package io.github.privacyflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.finding.PathStep;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The call graph covers the module's reactor dependencies: flows through a sibling module's code
 * are followed, and reported in the module's own code, at its call into the sibling's.
 */
class ReactorDependencyTest {

    @TempDir
    Path folder;

    @Test
    void aFlowThroughASiblingModuleIsFollowed() throws Exception {
        FixtureProject shared = FixtureProject.in(folder.resolve("shared"))
                .source("org/example/shared/Audit.java",
                        "package org.example.shared;",
                        "public class Audit {",
                        "    public static String describe(String who) { return \"user \" + who; }",
                        "    public static void record(String line) { System.out.println(line); }",
                        "}")
                .compile();
        FixtureProject app = FixtureProject.in(folder.resolve("app")).rule("PF003")
                .compileAgainst(shared.root().resolve("target/classes"))
                .source("org/example/app/Join.java",
                        "package org.example.app;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import org.example.shared.Audit;",
                        "public class Join {",
                        "    @PersonalData(category = \"user-interaction\") String email;",
                        "    void join() {",
                        "        Audit.record(Audit.describe(email));",
                        "    }",
                        "}")
                .compile();
        AnalysisResult result = app.configure(builder -> builder.reactorDependency(shared.root().resolve("target/classes")))
                .analyze();

        assertEquals(List.of("Join.java:7 PF003"), result.findings().stream()
                .map(finding -> finding.file().getFileName() + ":" + finding.location().line() + " " + finding.ruleId())
                .toList());
        Finding finding = result.findings().get(0);
        assertTrue(finding.message().contains("reaches PrintStream.println via Audit.record (logging)"), finding.message());
        PathStep last = finding.path().get(finding.path().size() - 1);
        assertEquals("Audit.class", last.location().file().getFileName().toString(), finding.path().toString());
        assertTrue(finding.path().stream().anyMatch(step -> step.description().equals("passes it to Audit.record()")),
                finding.path().toString());
    }
}
