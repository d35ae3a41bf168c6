package io.github.privacyflow.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The policy loader's less travelled paths: blank names, values of the wrong shape deep in the
 * tree, numbers YAML reads as integers that are not plain days, tags below the root, a broken
 * section that must not cause follow-on errors, inheritance from a base agreement, and the
 * sink-kind warnings' suggestions and order.
 */
class PolicyLoaderEdgeCasesTest {

    private static final Path FILE = Path.of("/p/policy.yaml");
    private static final String RETENTION = "    retention: { max-days: 30 }\n";

    @Test
    void blankNamesAreRefused() {
        assertProblems("name: \" \"\n", "1: name must not be empty");
        assertProblems("categories:\n  \"\":\n" + RETENTION, "2: category names must not be empty");
        assertProblems("purposes:\n  \" \": P\n", "2: purpose names must not be empty");
        assertProblems("processors:\n  \"\": { sinks: [logging] }\n", "2: processor names must not be empty");
    }

    @Test
    void keysMustBePlainNames() {
        assertProblems("categories:\n  ~:\n" + RETENTION, "2: keys must be plain names, found an empty value");
        assertProblems("? [a, b]\n: x\n", "1: keys must be plain names, found a list");
    }

    @Test
    void listsOfNamesHoldNamesOnly() {
        assertProblems("purposes: { p: P }\ncategories:\n  c:\n    purposes: [[p]]\n" + RETENTION,
                "4: each of purposes of category 'c' must be a purpose name, found a list");
        assertProblems("processors:\n  p: { sinks: [~] }\n",
                "2: each of sinks of processor 'p' must be a sink kind name, found an empty value");
    }

    @Test
    void anEmptyListOfNamesIsNoNames() throws PolicyException {
        Policy policy = PolicyLoader.parse("purposes: { p: P }\ncategories:\n  c:\n    purposes:\n" + RETENTION, FILE);
        assertEquals(List.of(), policy.category("c").orElseThrow().purposes());
    }

    @Test
    void aRetentionMustBeAMapping() {
        assertProblems("categories:\n  c:\n    retention: 30\n",
                "3: retention of category 'c' must be { max-days: <positive whole number> } or { until-deleted: true },"
                        + " found '30'");
    }

    @Test
    void daysAndIndexesArePlainDecimalIntegers() {
        String days = "categories:\n  c:\n    retention: { max-days: %s }\n";
        String problem = "3: max-days of category 'c' must be a positive whole number of days, found '%s'";
        // YAML's core schema reads these as integers; an agreement's days are written in decimal.
        for (String value : List.of("0x1E", "0o36", "1.5", "99999999999", "-3")) {
            assertProblems(String.format(days, value), String.format(problem, value));
        }
        assertProblems("sinks:\n  - { kind: file, parameter: \"a.B#w(*)\", index: 0x1 }\n",
                "2: index must be a whole number from 0, found '0x1'");
    }

    @Test
    void aPlusSignedNumberIsItsValue() throws PolicyException {
        Policy policy = PolicyLoader.parse("categories:\n  c:\n    retention: { max-days: +30 }\n", FILE);
        assertEquals(Retention.days(30), policy.category("c").orElseThrow().retention());
        policy = PolicyLoader.parse("sinks:\n  - { kind: file, parameter: \"a.B#w(int,int)\", index: +1 }\n", FILE);
        assertEquals(1, policy.sinks().get(0).index());
    }

    @Test
    void tagsAreRefusedOnKeysAndListItemsToo() {
        assertProblems("!custom name: x\n", "1: tags are not allowed in a policy file (found '!custom')");
        assertProblems("sinks:\n  - !!python/object { kind: file, method: \"a.B#w()\" }\n",
                "2: tags are not allowed in a policy file (found '!!python/object')");
        assertProblems("categories:\n  c:\n    purposes: [!local p]\n" + RETENTION + "purposes: { p: P }\n",
                "3: tags are not allowed in a policy file (found '!local')");
    }

    @Test
    void aBrokenPurposesSectionDoesNotAlsoFailTheReferencesToIt() {
        assertProblems("purposes: [provide-feature]\ncategories:\n  c:\n    purposes: [anything]\n" + RETENTION,
                "1: purposes must be a mapping of purpose names to descriptions, found a list");
    }

    @Test
    void aBrokenProcessorsSectionDoesNotAlsoFailTheReferencesToIt() {
        assertProblems("processors: mysql\ncategories:\n  c:\n    processors: [anything]\n" + RETENTION,
                "1: processors must be a mapping of processor names to { title, sinks }, found 'mysql'");
    }

    @Test
    void aMissingProcessorsSectionDefinesNone() {
        assertProblems("purposes: { p: P }\ncategories:\n  c:\n    processors: [mysql]\n" + RETENTION,
                "4: category 'c' names processor 'mysql', which is not defined under processors (the file defines none)");
    }

    @Test
    void aMisspeltSourceTargetIsOneProblem() {
        assertProblems("sources:\n  - { feld: \"a.B#c\", category: user-interaction }\n",
                "2: unknown key 'feld' in source; expected one of: field, method, parameter, index, category");
    }

    @Test
    void aMisspeltSinkTargetIsOneProblem() {
        assertProblems("sinks:\n  - { kind: file, methd: \"a.B#w()\" }\n",
                "2: unknown key 'methd' in sink; expected one of: kind, method, parameter, returns, index");
    }

    @Test
    void aFileWithoutAnAgreementInheritsTheBasesSensitiveDataSetting() throws PolicyException {
        Policy base = PolicyLoader.parse("name: Base\nsensitive-data: allowed\ncategories:\n  c:\n" + RETENTION, FILE, null);
        assertFalse(base.sensitiveDataForbidden());

        Policy extending = PolicyLoader.parse("sinks:\n  - { kind: logging, method: \"a.B#log(*)\" }\n", FILE, base);
        assertFalse(extending.sensitiveDataForbidden());
        assertEquals("Base", extending.name());
        assertEquals(base.categories(), extending.categories());

        Policy replacing = PolicyLoader.parse("categories:\n  d:\n" + RETENTION, FILE, base);
        assertTrue(replacing.sensitiveDataForbidden(), "a file with its own agreement forbids sensitive data by default");
        assertEquals("policy.yaml", replacing.name());
    }

    @Test
    void aTypoInAProcessorsSinkKindIsAnsweredWithTheKindItMeant() throws PolicyException {
        Policy policy = PolicyLoader.parse("processors:\n  p: { sinks: [httpz] }\n", FILE);
        assertEquals(List.of(FILE + ":2: processor 'p' lists sink kind 'httpz', which no sink has: it is not built in"
                + " and no entry under sinks: names it (did you mean 'http'?); add a sink of that kind or correct the name"),
                messages(policy));
    }

    @Test
    void aKindThreeEditsFromEveryKnownKindGetsNoSuggestion() throws PolicyException {
        // 'ab' is three edits from 'jpa' and more from the other kinds.
        Policy policy = PolicyLoader.parse("processors:\n  p: { sinks: [ab] }\n", FILE);
        assertEquals(List.of(FILE + ":2: processor 'p' lists sink kind 'ab', which no sink has: it is not built in"
                + " and no entry under sinks: names it; add a sink of that kind or correct the name"), messages(policy));
    }

    @Test
    void theClosestKindIsSuggestedNotTheFirst() throws PolicyException {
        // 'fil' is one edit from 'file'; 'jpa' and 'http' are further.
        Policy policy = PolicyLoader.parse("processors:\n  p: { sinks: [fil] }\n", FILE);
        assertTrue(messages(policy).get(0).contains("(did you mean 'file'?)"), messages(policy).toString());
    }

    @Test
    void warningsAreInFileOrderWhateverTheirKind() throws PolicyException {
        Policy policy = PolicyLoader.parse("sinks:\n"
                + "  - { kind: sms-gateway, method: \"a.Sms#send(*)\" }\n"
                + "processors:\n"
                + "  p: { sinks: [smsgateway] }\n", FILE);
        List<Integer> lines = policy.warnings().stream().map(PolicyWarning::line).toList();
        assertEquals(List.of(2, 4), lines, messages(policy).toString());
    }

    @Test
    void memberReferencesAreEqualByTheirCanonicalForm() {
        MemberRef any = MemberRef.parse("a.B#m(*)");
        assertEquals(any, MemberRef.parse("a.B#m(*)"));
        assertEquals(any.hashCode(), MemberRef.parse("a.B#m(*)").hashCode());
        assertEquals(MemberRef.parse("a.B#m(int[])"), MemberRef.parse("a.B#m(int...)"));
        assertEquals(MemberRef.parse("a.B#m(int[])").hashCode(), MemberRef.parse("a.B#m(int...)").hashCode());
        assertNotEquals(any, MemberRef.parse("a.B#m()"));
        assertNotEquals(MemberRef.parse("a.B#m"), MemberRef.parse("a.B#m()"));
        assertNotEquals(MemberRef.parse("a.B#m()"), MemberRef.parse("a.C#m()"));
        assertNotEquals(MemberRef.parse("a.B#m()"), MemberRef.parse("a.B#n()"));
        assertNotEquals(MemberRef.parse("a.B#m(int)"), MemberRef.parse("a.B#m(long)"));
        assertNotEquals(any, "a.B#m(*)");
        assertEquals(any, any);
    }

    @Test
    void aClosingParenthesisFirstIsUnbalanced() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MemberRef.parse("a.B#)"));
        assertEquals("bad member signature 'a.B#)': unbalanced parentheses", e.getMessage());
    }

    @Test
    void aLeadingSlashIsStillASlash() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MemberRef.parse("/com/example/A#x"));
        assertEquals("bad member signature '/com/example/A#x': class names use dots, not slashes ('.com.example.A')",
                e.getMessage());
    }

    private static List<String> messages(Policy policy) {
        return policy.warnings().stream().map(PolicyWarning::message).toList();
    }

    /** Asserts the exact problems, each {@code line: text}, of a file that must not load. */
    private static void assertProblems(String yaml, String... problems) {
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.parse(yaml, FILE), yaml);
        List<String> expected = java.util.Arrays.stream(problems).map(problem -> FILE + ":" + problem).toList();
        assertEquals(expected, e.messages(), yaml);
    }
}
