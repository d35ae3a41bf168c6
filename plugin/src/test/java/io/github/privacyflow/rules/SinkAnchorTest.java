package io.github.privacyflow.rules;

import static io.github.privacyflow.testing.FixtureProject.PERSONAL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flow finding's identity (what a baseline keys on) counts same-named sink calls of one method
 * in line order, so two {@code println} calls keep apart and neither changes when lines move.
 */
class SinkAnchorTest {

    @TempDir
    Path folder;

    @Test
    void sameNamedSinksInOneMethodAreNumberedInLineOrder() throws Exception {
        AnalysisResult result = FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    String email;",
                        PERSONAL,
                        "    String phone;",
                        PERSONAL,
                        "    String street;",
                        PERSONAL,
                        "    String surname;",
                        PERSONAL,
                        "    String nickname;",
                        // Different data at each call: the same data again would be folded into the first finding.
                        "    void show() {",
                        "        System.out.println(email);",
                        "        System.err.print(phone);",
                        "        System.out.println(street);",
                        "",
                        "        System.out.println(surname);",
                        "    }",
                        "    void other() {",
                        "        System.out.println(nickname);",
                        "    }",
                        "}")
                .compile().analyze();

        assertEquals(List.of(
                "org.example.Member#show()->PrintStream.println",
                "org.example.Member#show()->PrintStream.print",
                "org.example.Member#show()->PrintStream.println#2",
                "org.example.Member#show()->PrintStream.println#3",
                "org.example.Member#other()->PrintStream.println"),
                result.findings().stream().sorted(java.util.Comparator.comparing((Finding finding) -> !finding.elementSignature()
                        .contains("show")).thenComparingInt(finding -> finding.location().line()))
                        .map(Finding::elementSignature).toList());
    }
}
