package io.github.privacyflow.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Classes read from bytecode are matched to their declarations in the source, whatever their nesting. */
class SourcePositionTest {

    @TempDir
    Path folder;

    @Test
    void nestedLocalAnonymousAndSecondaryClassesAreFoundInTheirSource() {
        FixtureProject.in(folder).rule("PF001")
                .source("org/example/Room.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Sensitive;",
                        "public class Room {",
                        "    static class Seat {",
                        "        static class Occupant {",
                        "            @Sensitive(kind = \"health\") String needs; // expect PF001",
                        "        }",
                        "    }",
                        "    enum Mode {",
                        "        LIVE, REPLAY;",
                        "        @Sensitive(kind = \"minor\") boolean forChildren; // expect PF001",
                        "    }",
                        "    Object open() {",
                        "        class Roster {",
                        "            @Sensitive(kind = \"religion\") String belief; // expect PF001",
                        "        }",
                        "        record Badge(",
                        "                @Sensitive(kind = \"biometric\") byte[] face) { } // expect PF001",
                        "        return new Object() {",
                        "            @Sensitive(kind = \"ethnicity\") String origin; // expect PF001",
                        "        };",
                        "    }",
                        "    Room(String name, @Sensitive(kind = \"criminal\") String record) { } // expect PF001",
                        "    void overloaded(int seats) { }",
                        "    void overloaded(String label, @Sensitive(kind = \"political\") String view) { } // expect PF001",
                        "}",
                        "class Helper {",
                        "    @Sensitive(kind = \"union\")",
                        "    String membership; // expect PF001",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void columnsPointAtTheName() throws Exception {
        AnalysisResult result = FixtureProject.in(folder).rule("PF001")
                .source("org/example/Student.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Sensitive;",
                        "public class Student {",
                        "    @Sensitive(kind = \"health\") private String condition;",
                        "}")
                .compile().analyze();
        Finding finding = result.findings().get(0);
        assertEquals(List.of(4, 48), List.of(finding.location().line(), finding.location().column()));
    }

    @Test
    void aClassWithoutSourceIsReportedAtItsClassFile() throws Exception {
        FixtureProject project = FixtureProject.in(folder).rule("PF001")
                .source("org/example/Generated.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Sensitive;",
                        "public class Generated {",
                        "    @Sensitive(kind = \"health\") String condition;",
                        "    void record(@Sensitive(kind = \"minor\") boolean child) {",
                        "        System.out.println(child);",
                        "    }",
                        "}")
                .compile();
        Files.delete(folder.resolve("src/main/java/org/example/Generated.java"));

        AnalysisResult result = project.analyze();

        Path classFile = folder.resolve("target/classes/org/example/Generated.class");
        assertEquals(List.of(classFile + ":0", classFile + ":6"), result.findings().stream()
                .map(finding -> finding.file() + ":" + finding.location().line()).toList());
        assertEquals(List.of(), project.diagnostics());
    }
}
