package io.github.privacyflow.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad source gives one warning, however it is bad and however the engine reads it (found by
 * the fuzz test, {@code io.github.privacyflow.fuzz.InputFuzzTest}).
 */
class SourceWarningOnceTest {

    @TempDir
    Path folder;

    @Test
    void aSourceThatIsNotUtf8AndDoesNotParseIsOneWarning() throws Exception {
        FixtureProject project = FixtureProject.in(folder).rule("PF001")
                .source("org/example/Broken.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Sensitive;",
                        "public class Broken {",
                        "    @Sensitive(kind = \"health\")",
                        "    private String condition;",
                        "}")
                .compile();
        // What a bad merge leaves: Latin-1 text in a UTF-8 project, and a method cut in half.
        String latin1 = String.join("\n",
                "package org.example;",
                "import io.github.privacyflow.annotations.Sensitive;",
                "// donn\u00e9es m\u00e9dicales",
                "public class Broken {",
                "    @Sensitive(kind = \"health\")",
                "    private String condition;",
                "    void unfinished( {",
                "}", "");
        Files.write(folder.resolve("src/main/java/org/example/Broken.java"), latin1.getBytes(StandardCharsets.ISO_8859_1));

        AnalysisResult result = project.analyze();

        assertEquals(List.of("src/main/java/org/example/Broken.java:3: is not valid UTF-8 (set project.build.sourceEncoding); "
                + "read with replacement characters, and then cannot be parsed (syntax error on line 7); findings in it are "
                + "placed by name, without columns or @SuppressWarnings"), project.diagnostics());
        assertEquals(List.of("Broken.java:6"), result.findings().stream()
                .map(finding -> finding.file().getFileName() + ":" + finding.location().line()).toList());
    }

    @Test
    void aSourceReadOnlyForTheColumnOfAFlowFindingStillWarnsThatItIsNotUtf8() throws Exception {
        FixtureProject project = FixtureProject.in(folder).rule("PF003")
                .source("org/example/Participant.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "public class Participant {",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    private String email;",
                        "    public String getEmail() { return email; }",
                        "}")
                .source("org/example/JoinService.java",
                        "package org.example;",
                        "public class JoinService {",
                        "    void join(Participant participant) {",
                        "        System.out.println(participant.getEmail());",
                        "    }",
                        "}")
                .compile();
        String latin1 = String.join("\n",
                "package org.example;",
                "public class JoinService {",
                "    void join(Participant participant) {",
                "        System.out.println(participant.getEmail()); // \u00e0 revoir",
                "    }",
                "}", "");
        Files.write(folder.resolve("src/main/java/org/example/JoinService.java"), latin1.getBytes(StandardCharsets.ISO_8859_1));

        AnalysisResult result = project.analyze();

        // Before, a flow finding read the text silently and the replacement characters went unmentioned.
        assertEquals(List.of("src/main/java/org/example/JoinService.java:4: is not valid UTF-8 (set project.build.sourceEncoding); "
                + "read with replacement characters"), project.diagnostics());
        assertEquals(List.of("JoinService.java:4:20 PF003"), result.findings().stream()
                .map(finding -> finding.file().getFileName() + ":" + finding.location().line() + ":"
                        + finding.location().column() + " " + finding.ruleId()).toList());
    }
}
