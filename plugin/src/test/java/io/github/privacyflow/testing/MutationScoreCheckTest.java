package io.github.privacyflow.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-package floor of the mutation profile, on hand-written PIT reports. */
class MutationScoreCheckTest {

    private static final String RULES = "io.github.privacyflow.rules";
    private static final String FLOW = "io.github.privacyflow.flow";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void everyPackageAtOrOverTheFloorPassesAndPrintsTheTable() throws IOException {
        Path report = report(mutants(RULES + ".PolicyMismatchRule", 7, 3), mutants(FLOW + ".MethodFlow", 9, 1));

        assertEquals(0, run(report, "0.70", RULES, FLOW));

        assertEquals("""
                package                      detected   mutants   score
                io.github.privacyflow.rules         7        10    0.70
                io.github.privacyflow.flow          9        10    0.90
                total                              16        20    0.80
                """, out());
        assertEquals("", err());
    }

    @Test
    void aPackageUnderTheFloorFailsWithOneLineNamingIt() throws IOException {
        Path report = report(mutants(RULES + ".PolicyMismatchRule", 69, 31), mutants(FLOW + ".MethodFlow", 100, 0));

        assertEquals(1, run(report, "0.70", RULES, FLOW));

        assertEquals("mutation score of io.github.privacyflow.rules is 0.69 (69 of 100 mutants detected), under the floor 0.70\n", err());
        assertTrue(out().contains("io.github.privacyflow.flow        100       100    1.00"), out());
    }

    @Test
    void eachPackageUnderTheFloorHasItsOwnLine() throws IOException {
        Path report = report(mutants(RULES + ".A", 1, 9), mutants(FLOW + ".B", 0, 1));

        assertEquals(1, run(report, "0.70", RULES, FLOW));

        List<String> lines = err().lines().toList();
        assertEquals(2, lines.size(), err());
        assertTrue(lines.get(0).startsWith("mutation score of " + RULES + " is 0.10"), lines.get(0));
        assertTrue(lines.get(1).startsWith("mutation score of " + FLOW + " is 0.00"), lines.get(1));
    }

    @Test
    void innerClassesAndSubpackagesCountForTheirPackage() throws Exception {
        Path report = report(mutants(FLOW + ".MethodFlow$Frame", 1, 0), mutants(FLOW + ".handlers.Jdbc", 0, 1),
                mutants(RULES + ".Rule", 1, 0));

        List<MutationScoreCheck.Tally> tallies = MutationScoreCheck.tally(report, List.of(RULES, FLOW));

        assertEquals(List.of(new MutationScoreCheck.Tally(RULES, 1, 1), new MutationScoreCheck.Tally(FLOW, 1, 2)), tallies);
    }

    @Test
    void aMutantBelongsToTheLongestPackageThatHoldsIt() throws Exception {
        Path report = report(mutants(FLOW + ".handlers.Jdbc", 1, 0), mutants(FLOW + ".MethodFlow", 0, 1));

        List<MutationScoreCheck.Tally> tallies = MutationScoreCheck.tally(report, List.of(FLOW, FLOW + ".handlers"));

        assertEquals(List.of(new MutationScoreCheck.Tally(FLOW, 0, 1), new MutationScoreCheck.Tally(FLOW + ".handlers", 1, 1)), tallies);
    }

    @Test
    void aPackageNamePrefixIsNotAPackage() throws IOException {
        Path report = report(mutants("io.github.privacyflow.rulesets.X", 1, 0), mutants(RULES + ".Y", 1, 0));

        assertEquals(2, run(report, "0.70", RULES));

        assertOneLine(report + ":3: mutated class io.github.privacyflow.rulesets.X is in none of the packages " + RULES);
    }

    @Test
    void timedOutAndOtherDetectedMutantsCountAsPitCountsThem() throws IOException {
        String mutations = mutation(RULES + ".A", "TIMED_OUT", true) + mutation(RULES + ".A", "NO_COVERAGE", false)
                + mutation(RULES + ".A", "MEMORY_ERROR", true) + mutation(RULES + ".A", "SURVIVED", false);
        Path report = report(mutations);

        assertEquals(1, run(report, "0.70", RULES));

        assertTrue(err().contains("is 0.50 (2 of 4 mutants detected)"), err());
    }

    @Test
    void aFloorOfZeroAndOneAreBounds() throws IOException {
        Path report = report(mutants(RULES + ".A", 0, 3));
        assertEquals(0, run(report, "0", RULES));
        assertEquals(1, run(report, "1", RULES));
    }

    @Test
    void aMissingReportIsOneLineNamingIt() {
        Path missing = folder.resolve("pit-reports/mutations.xml");

        assertEquals(2, run(missing, "0.70", RULES));

        assertOneLine(missing + ": no such file (did PIT run? it writes mutations.xml only with the XML output format)");
        assertEquals("", out());
    }

    @Test
    void malformedXmlIsOneLineNamingTheFileAndLine() throws IOException {
        Path report = folder.resolve("mutations.xml");
        Files.writeString(report, "<?xml version='1.0'?>\n<mutations>\n<mutation detected='true'>\n</mutations>\n");

        assertEquals(2, run(report, "0.70", RULES));

        String line = err().strip();
        assertFalse(line.contains("\n"), line);
        assertTrue(line.startsWith(report + ":4: malformed XML: The end-tag for element type \"mutation\""), line);
    }

    @Test
    void aReportOfAnotherKindIsRefused() throws IOException {
        Path report = folder.resolve("mutations.xml");
        Files.writeString(report, "<project/>");

        assertEquals(2, run(report, "0.70", RULES));

        assertOneLine(report + ": not a PIT mutations report (root element <project>)");
    }

    @Test
    void aMutationWithoutItsClassOrVerdictIsRefused() throws IOException {
        Path noClass = report("<mutation detected='true' status='KILLED'><mutatedMethod>m</mutatedMethod></mutation>\n");
        assertEquals(2, run(noClass, "0.70", RULES));
        assertOneLine(noClass + ":3: a mutation without <mutatedClass>");

        err.reset();
        Path noVerdict = report("<mutation status='KILLED'><mutatedClass>" + RULES + ".A</mutatedClass></mutation>\n");
        assertEquals(2, run(noVerdict, "0.70", RULES));
        assertOneLine(noVerdict + ":3: mutation of " + RULES + ".A has no detected='true|false' attribute");
    }

    @Test
    void aPackageWithoutMutantsMeansTheConfigurationDrifted() throws IOException {
        Path report = report(mutants(RULES + ".A", 1, 0));

        assertEquals(2, run(report, "0.70", RULES, FLOW));

        assertOneLine(report + ": no mutant in package " + FLOW + " (is it still among PIT's targetClasses?)");
    }

    @Test
    void badArgumentsAreOneLine() throws IOException {
        Path report = report(mutants(RULES + ".A", 1, 0));

        assertEquals(2, MutationScoreCheck.run(List.of(report.toString(), "0.7"), print(out), print(err)));
        assertOneLine("usage: MutationScoreCheck MUTATIONS_XML FLOOR PACKAGE...");

        err.reset();
        assertEquals(2, run(report, "seventy", RULES));
        assertOneLine("mutation floor 'seventy' is not a number between 0 and 1");

        err.reset();
        assertEquals(2, run(report, "70", RULES));
        assertOneLine("mutation floor 70 is not between 0 and 1");
    }

    private int run(Path report, String floor, String... packages) {
        List<String> args = new ArrayList<>(List.of(report.toString(), floor));
        args.addAll(List.of(packages));
        return MutationScoreCheck.run(args, print(out), print(err));
    }

    private void assertOneLine(String expected) {
        assertEquals(expected + "\n", err());
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    /** A report in PIT's layout: the declaration, a root on its own line, one mutation a line. */
    private Path report(String... mutations) throws IOException {
        Path report = folder.resolve("mutations.xml");
        Files.writeString(report, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mutations partial=\"true\">\n"
                + String.join("", mutations) + "</mutations>\n");
        return report;
    }

    private static String mutants(String className, int killed, int survived) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < killed; i++) {
            text.append(mutation(className, "KILLED", true));
        }
        for (int i = 0; i < survived; i++) {
            text.append(mutation(className, "SURVIVED", false));
        }
        return text.toString();
    }

    private static String mutation(String className, String status, boolean detected) {
        return "<mutation detected='" + detected + "' status='" + status + "' numberOfTestsRun='1'><sourceFile>X.java</sourceFile>"
                + "<mutatedClass>" + className + "</mutatedClass><mutatedMethod>m</mutatedMethod><methodDescription>()V</methodDescription>"
                + "<lineNumber>3</lineNumber><mutator>org.pitest.mutationtest.engine.gregor.mutators.NegateConditionalsMutator</mutator>"
                + "<indexes><index>5</index></indexes><blocks><block>0</block></blocks><killingTest/><description>negated conditional</description></mutation>\n";
    }
}
