package io.github.privacyflow.flowbehaviour;

import static io.github.privacyflow.testing.FixtureProject.PERSONAL;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lambda a library method runs gets the library's elements as its parameter and keeps what it
 * captured for itself: the captured data does not become the parameter's. A {@code Class} names a
 * type, never a person. Lines with {@code // expect PF003} must fire, the others must stay silent.
 */
class LambdaCaptureTest {

    @TempDir
    Path folder;

    @Test
    void capturedDataStaysWithTheCaptureAndClassesCarryNothing() throws Exception {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    public String email;",
                        "    public String room;",
                        "}")
                .source("org/example/Search.java",
                        "package org.example;",
                        "import java.util.*;",
                        "public class Search {",
                        "    void conditions(Member member, Optional<String> condition) {",
                        "        condition.map(leaf -> matches(member, leaf)).orElse(false);",
                        "        condition.ifPresent(leaf -> System.out.println(member.email)); // expect PF003",
                        "    }",
                        "    private boolean matches(Member member, String leaf) {",
                        "        System.out.println(leaf);",
                        "        return member.room != null;",
                        "    }",
                        "    void types(Member member) throws Exception {",
                        "        Object held = member.email;",
                        "        System.out.println(Class.forName(member.room + held));",
                        "        System.out.println(held); // expect repeat PF003",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
    }
}
