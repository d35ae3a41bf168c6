package io.github.privacyflow.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every output is byte-identical on a re-run, and holds paths relative to the project root. */
class ReportDeterminismTest {

    @TempDir
    Path folder;

    @Test
    void allOutputsAreByteIdenticalOnAReRun() throws Exception {
        FixtureProject project = FixtureProject.in(folder.resolve("project")).configure(builder -> builder.dataMap(true))
                .source("org/example/Participant.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "@jakarta.persistence.Entity",
                        "@Retain(days = 365)",
                        "public class Participant {",
                        "    @PersonalData(category = \"user-interaction\") String email;",
                        "    String phoneNumber;",
                        "    @PersonalData(category = \"generated-content\") byte[] clip;",
                        "}")
                .source("org/example/JoinService.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "public class JoinService {",
                        "    @Purpose(\"analytics\")",
                        "    void join(Participant participant) {",
                        "        System.out.println(\"joined \" + participant.email);",
                        "        System.out.println(participant.clip.length + \" \" + new String(participant.clip));",
                        "    }",
                        "    void undeclared(Participant participant) { System.out.println(participant.phoneNumber); }",
                        "}")
                .compile();
        Path first = write(project.analyze(), project.root(), folder.resolve("first"));
        Path second = write(project.analyze(), project.root(), folder.resolve("second"));

        List<String> names;
        try (Stream<Path> files = Files.list(first)) {
            names = files.map(path -> path.getFileName().toString()).sorted().toList();
        }
        assertFalse(names.isEmpty());
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
            String text = Files.readString(first.resolve(name));
            assertFalse(text.contains(folder.toString()), () -> name + " holds an absolute path");
        }
        assertEquals(List.of("data-map.md", "privacyflow.html", "privacyflow.json", "privacyflow.sarif"), names);
    }

    private static Path write(AnalysisResult result, Path root, Path output) throws Exception {
        ReportPaths paths = new ReportPaths(root);
        ReportWriter.write(result, Set.copyOf(ReportWriter.FORMATS), output, paths, paths, "demo");
        DataMapMarkdown.write(DataMapMarkdown.render(result, paths, "demo"), output.resolve("data-map.md"));
        assertEquals(result.findings().isEmpty(), false);
        return output;
    }
}
