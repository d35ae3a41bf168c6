package io.github.privacyflow.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy nested too deeply for the YAML parser is one problem naming the file, not a
 * StackOverflowError (found by the fuzz test, {@code io.github.privacyflow.fuzz.InputFuzzTest}).
 */
class PolicyNestingTest {

    @Test
    void thousandsOfNestedListsAreOneProblemNamingTheFile(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("privacyflow-policy.yaml");
        Files.writeString(file, "name: Deep\nsources: " + "[".repeat(50_000) + "\n");

        PolicyException failure = assertThrows(PolicyException.class, () -> PolicyLoader.load(file));

        assertEquals(file + ": the policy nests lists or mappings too deeply to be read", failure.getMessage());
    }

    @Test
    void nestingAParserCanReadIsStillCheckedAsUsual(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("privacyflow-policy.yaml");
        Files.writeString(file, "name: Deep\nsources: " + "[".repeat(20) + "]".repeat(20) + "\n");

        PolicyException failure = assertThrows(PolicyException.class, () -> PolicyLoader.load(file));

        assertEquals(1, failure.problems().size(), failure.getMessage());
        assertEquals(2, failure.line(), failure.getMessage());
    }
}
