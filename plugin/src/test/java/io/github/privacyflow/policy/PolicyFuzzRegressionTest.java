package io.github.privacyflow.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policies the fuzz test ({@code io.github.privacyflow.fuzz.InputFuzzTest}) found a problem
 * with: each is still one problem per line, every line naming the file.
 */
class PolicyFuzzRegressionTest {

    /** Before, a StackOverflowError. */
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

    /** Before, the value's line break split the problem over two lines, the second naming no file. */
    @Test
    void aValueWithALineBreakIsQuotedOnOneLine(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("privacyflow-policy.yaml");
        Files.writeString(file, "name: Block\nsensitive-data: |\n  forbidden\n  allowed\n");

        PolicyException failure = assertThrows(PolicyException.class, () -> PolicyLoader.load(file));

        assertEquals(file + ":2: sensitive-data must be 'forbidden' or 'allowed', found 'forbidden\\nallowed\\n'",
                failure.getMessage());
    }

    @Test
    void problemsAndWarningsAreOneLineWhateverTheyQuote() {
        assertEquals("found 'a\\nb\\r\\u2028c'", new PolicyException.Problem(1, "found 'a\nb\r\u2028c'").text());
        assertEquals("kind 'x\\ny'", new PolicyWarning(null, 3, "kind 'x\ny'").text());
        assertEquals("plain", new PolicyException.Problem(0, "plain").text());
    }
}
