package io.github.privacyflow.flow;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.privacyflow.engine.AnalysisRequest;
import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.engine.Analyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two class files that extend each other (no compiler writes them, a corrupt build can) once
 * made field and method resolution walk the superclass chain forever, before any budget check;
 * the fuzz test found it (fuzz-regressions/hierarchy-cycle).
 */
class HierarchyCycleTest {

    @TempDir
    Path project;

    @Test
    void classesExtendingEachOtherEndTheAnalysis() throws IOException {
        Path classes = project.resolve("target/classes/fuzz/regress");
        Files.createDirectories(classes);
        for (String name : new String[] {"A.class", "B.class"}) {
            try (InputStream in = HierarchyCycleTest.class.getResourceAsStream(
                    "/fuzz-regressions/hierarchy-cycle/classes/fuzz/regress/" + name)) {
                assertNotNull(in, name);
                Files.write(classes.resolve(name), in.readAllBytes());
            }
        }
        AnalysisResult result = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> new Analyzer((file, line, problem) -> { })
                .analyze(AnalysisRequest.builder(project).timeout(Duration.ofSeconds(60)).build()));
        assertNotNull(result);
    }
}
