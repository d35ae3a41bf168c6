package io.github.privacyflow.flowbehaviour;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cast rules out what the value cannot be: a name read from a {@code String} field is no
 * {@code Page}, so the page a cast yields does not carry it (a command whose untyped target is
 * a page on one branch and a person's name on another). The rule applies where the cast sees
 * the data; a callee's cast on its parameter does not yet constrain what callers bind to it.
 */
class CastsTest {

    @TempDir
    Path folder;

    @Test
    void aValueOfAFinalJdkTypeDoesNotSurviveACastToAnUnrelatedType() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Learner.java",
                        "package org.example;",
                        "public class Learner {",
                        "    private String fullName;",
                        "    public String getFullName() { return fullName; }",
                        "}")
                .source("org/example/Page.java",
                        "package org.example;",
                        "public interface Page { String title(); }")
                .source("org/example/Router.java",
                        "package org.example;",
                        "public class Router {",
                        "    void route(Learner learner, Page page, boolean named) {",
                        "        Object target = named ? learner.getFullName() : page;",
                        "        Page chosen = (Page) target;",
                        "        System.out.println(chosen.title());",
                        "    }",
                        "    void direct(Learner learner) {",
                        "        Object any = learner.getFullName();",
                        "        System.out.println((CharSequence) any); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
}
