package io.github.privacyflow.flowbehaviour;

import static io.github.privacyflow.testing.FixtureProject.PERSONAL;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boolean values javac computes by branching ({@code &&}, {@code ||}, {@code !}) carry their
 * operands' data; a branch on personal data whose arms do something else is an implicit flow,
 * not reported.
 */
class BooleanValuesTest {

    @TempDir
    Path folder;

    @Test
    void materialisedBooleansCarryDataAndBranchesAloneDoNot() throws Exception {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    public boolean cameraOn;",
                        PERSONAL,
                        "    public boolean handRaised;",
                        "    public boolean recorded;",
                        "    public String room;",
                        "}")
                .source("org/example/Show.java",
                        "package org.example;",
                        "public class Show {",
                        "    void and(Member m) {",
                        "        boolean face = m.recorded && m.cameraOn;",
                        "        System.out.println(face); // expect PF003",
                        "    }",
                        "    void or(Member m) {",
                        "        System.out.println(m.cameraOn || m.handRaised); // expect PF003",
                        "    }",
                        "    void not(Member m) {",
                        "        boolean audioOnly = !m.cameraOn;",
                        "        System.out.println(audioOnly); // expect repeat PF003",
                        "    }",
                        "    static boolean both(Member m) {",
                        "        return m.recorded && m.cameraOn;",
                        "    }",
                        "    void returned(Member m) {",
                        "        System.out.println(both(m)); // expect repeat PF003",
                        "    }",
                        "    void onlyAsCondition(Member m) {",
                        "        if (m.recorded && m.cameraOn) {",
                        "            System.out.println(m.room);",
                        "        }",
                        "    }",
                        "    void flagSetUnderACondition(Member m) {",
                        "        boolean seen = false;",
                        "        if (m.cameraOn) {",
                        "            seen = true;",
                        "        }",
                        "        System.out.println(seen);",
                        "    }",
                        "    void aLaterBooleanOfOtherData(Member m, int seats) {",
                        "        if (m.cameraOn) {",
                        "            System.out.println(m.room);",
                        "        }",
                        "        System.out.println(seats > 3 && seats < 10);",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
    }
}
