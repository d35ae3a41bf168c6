package io.github.privacyflow.flowbehaviour;

import static io.github.privacyflow.testing.FixtureProject.PERSONAL;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: in heuristic mode, a local variable named like people's data is a weak source, as a
 * parameter is; and an object that only names who made it (a page's author) is not that
 * person's record unless it is a mapped entity.
 */
class LocalSourcesTest {

    @TempDir
    Path folder;

    @Test
    void aLocalNamedLikePersonalDataIsASourceWhenNothingUpstreamSaysMore() {
        AnalysisResult result = FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    public String email;",
                        "}")
                .source("org/example/Login.java",
                        "package org.example;",
                        "public class Login {",
                        "    void typed(java.util.function.Supplier<String> form) {",
                        "        String username = form.get();",
                        "        System.out.println(username); // expect PF003",
                        "    }",
                        "    void declared(Member member) {",
                        "        String email = member.email;",
                        "        System.out.println(email); // expect PF003",
                        "    }",
                        "    void other(java.util.function.Supplier<String> form) {",
                        "        String label = form.get();",
                        "        System.out.println(label);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
        for (Finding finding : result.findings()) {
            if (finding.location().line() == 5) {
                assertTrue(finding.message().contains("local username of Login.typed("), finding.message());
            }
            if (finding.location().line() == 9) {
                // Declared data reaches the sink: the local's name adds nothing.
                assertTrue(finding.message().contains("Member.email") && !finding.message().contains("local email"), finding.message());
            }
        }
    }

    @Test
    void inAPieceOfProgramALocalsNameIsReadOnItsOwnButAPersonWordAloneStaysTheParts() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/CookieLoginModule.java",
                        "package org.example;",
                        "public class CookieLoginModule {",
                        "    void login(java.util.function.Supplier<String> cookie) {",
                        "        String username = cookie.get();",
                        "        System.out.println(username); // expect PF003",
                        "        String recipients = cookie.get();",
                        "        System.out.println(recipients);",
                        "        String uid = cookie.get();",
                        "        System.out.println(uid);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void anObjectThatOnlyNamesItsAuthorIsNotTheAuthorsRecordUnlessItIsAnEntity() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Page.java",
                        "package org.example;",
                        "public class Page implements java.io.Serializable {",
                        "    public String author;",
                        "    public String text;",
                        "}")
                .source("org/example/Comment.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class Comment implements java.io.Serializable {",
                        "    @jakarta.persistence.Id public long id;",
                        "    public String author;",
                        "    public String text;",
                        "}")
                .source("org/example/Store.java",
                        "package org.example;",
                        "public class Store {",
                        "    void keep(Page page, Comment comment) throws java.io.IOException {",
                        "        java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(new java.io.FileOutputStream(\"pages.bin\"));",
                        "        out.writeObject(page);",
                        "        out.writeObject(comment); // expect PF003",
                        "    }",
                        // In a method of its own: one method's writes to one file are one finding.
                        "    void keepAuthor(Page page) throws java.io.IOException {",
                        "        java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(new java.io.FileOutputStream(\"authors.bin\"));",
                        "        out.writeUTF(page.author); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
}
