package io.github.privacyflow.flowbehaviour;

import static io.github.privacyflow.testing.FixtureProject.PERSONAL;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No finding on code that cannot run; the same code reachable still reports. */
class DeadCodeTest {

    @TempDir
    Path folder;

    private FixtureProject project() {
        return FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    public String email;",
                        "    public String room;",
                        "}");
    }

    @Test
    void constantConditionsCutTheArmThatCannotRun() throws Exception {
        project().source("org/example/Flags.java",
                "package org.example;",
                "public class Flags {",
                "    void localFlag(Member m) {",
                "        boolean verbose = false;",
                "        if (verbose) {",
                "            System.out.println(m.email);",
                "        }",
                "        boolean always = true;",
                "        if (always) {",
                "            System.out.println(m.email); // expect PF003",
                "        }",
                "    }",
                "    void loopNeverEntered(Member m) {",
                "        int retries = 0;",
                "        for (int attempt = 0; attempt < retries; attempt++) {",
                "            System.out.println(m.email);",
                "        }",
                "    }",
                "    void loopEntered(Member m) {",
                "        for (int attempt = 0; attempt < 2; attempt++) {",
                "            System.out.println(m.email); // expect repeat PF003",
                "        }",
                "    }",
                "    void nullGuard(Member m) {",
                "        Member substitute = null;",
                "        if (substitute != null) {",
                "            System.out.println(substitute.email);",
                "        }",
                "    }",
                "    void switchOnConstant(Member m) {",
                "        int layout = 2;",
                "        switch (layout) {",
                "            case 1:",
                "                System.out.println(m.email);",
                "                break;",
                "            default:",
                "                System.out.println(m.room);",
                "        }",
                "    }",
                "    void unknownConditionKeepsBothArms(Member m, boolean verbose) {",
                "        if (verbose) {",
                "            System.out.println(m.email); // expect repeat PF003",
                "        }",
                "    }",
                "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void uncalledPrivateMethodsAndNeverInitialisedClassesDoNotRun() throws Exception {
        project().source("org/example/Tour.java",
                "package org.example;",
                "public class Tour {",
                "    static Member demo = new Member();",
                "    private static class Banner {",
                "        static {",
                "            System.out.println(demo.email);",
                "        }",
                "        static void show() { }",
                "    }",
                "    private static class Tooltip {",
                "        static {",
                "            System.out.println(demo.email); // expect PF003",
                "        }",
                "        static void show() { }",
                "    }",
                "    public void start() {",
                "        System.out.println(Banner.class.getSimpleName());",
                "        Tooltip.show();",
                "    }",
                "    private void neverCalled(Member m) {",
                "        System.out.println(m.email);",
                "        alsoNeverCalled(m);",
                "    }",
                "    private void alsoNeverCalled(Member m) {",
                "        System.out.println(m.email);",
                "    }",
                "    private void called(Member m) {",
                "        System.out.println(m.email); // expect repeat PF003",
                "    }",
                "    private void calledByName(Member m) {",
                "        System.out.println(m.email); // expect repeat PF003",
                "    }",
                "    public void leave(Member m) throws Exception {",
                "        called(m);",
                "        Tour.class.getDeclaredMethod(\"calledByName\", Member.class).invoke(this, m);",
                "    }",
                "}")
                .compile().assertMatchesMarkers();
    }
}
