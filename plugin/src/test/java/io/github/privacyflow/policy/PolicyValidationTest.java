package io.github.privacyflow.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** One fixture per kind of mistake, asserting the exact {@code file:line: message}. */
class PolicyValidationTest {

    private static final String KINDS =
            "logging, jdbc, jpa, object-storage, file, http, messaging, analytics, mail, ldap, sms, push";
    private static final String INVALID_KIND = "is not a valid sink kind name: use lower-case letters,"
            + " digits and '-', starting with a letter, e.g. sms-gateway (built-in kinds: " + KINDS + ")";
    private static final String TOP =
            "name, sensitive-data, categories, purposes, processors, sources, sinks";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // the file as a whole
        "empty.yaml|1|the policy file is empty; expected a mapping with " + TOP,
        "comments-only.yaml|1|the policy file is empty; expected a mapping with " + TOP,
        "not-a-mapping.yaml|2|the policy file must be a mapping with keys " + TOP + "; found a list",
        "duplicate-key.yaml|12|duplicate key 'mysql' (first on line 11)",
        "tag.yaml|1|tags are not allowed in a policy file (found '!!python/object:os.system')",
        // unknown keys
        "unknown-key-top.yaml|12|unknown key 'retention-days'; expected one of: " + TOP,
        "unknown-key-category.yaml|5|unknown key 'purpose' in category 'user-interaction';"
                + " expected one of: title, purposes, processors, retention",
        "retention-unknown-key.yaml|7|unknown key 'days' in retention of category"
                + " 'user-interaction'; expected one of: max-days, until-deleted",
        "source-unknown-key.yaml|2|unknown key 'categroy' in source; expected one of: field,"
                + " method, parameter, index, category",
        // wrong value types
        "list-expected.yaml|5|purposes of category 'user-interaction' must be a list, e.g. [a, b],"
                + " found 'provide-feature'",
        "mapping-expected.yaml|2|categories must be a mapping of category names to { title,"
                + " purposes, processors, retention }, found a list",
        // references
        "undefined-purpose.yaml|5|category 'user-interaction' names purpose 'analytics', which is"
                + " not defined under purposes; defined: provide-feature",
        "undefined-processor.yaml|8|category 'user-interaction' names processor 'google-analytics',"
                + " which is not defined under processors; defined: mysql",
        "processor-invalid-sink-kind.yaml|11|processor 'mysql' lists 'data base', which " + INVALID_KIND,
        // retention
        "retention-missing.yaml|3|category 'user-interaction' has no retention; add retention:"
                + " { max-days: <days> } or retention: { until-deleted: true }",
        "retention-neither.yaml|7|retention of category 'user-interaction' must be { max-days:"
                + " <positive whole number> } or { until-deleted: true }",
        "retention-both.yaml|7|retention of category 'user-interaction' has both max-days and"
                + " until-deleted; use one",
        "retention-zero-days.yaml|8|max-days of category 'user-interaction' must be a positive"
                + " whole number of days, found '0'",
        "retention-days-text.yaml|7|max-days of category 'user-interaction' must be a positive"
                + " whole number of days, found '6 months'",
        "retention-until-false.yaml|7|until-deleted of category 'user-interaction' must be true,"
                + " found 'false'; for a limited retention use max-days",
        // sensitive-data
        "sensitive-data.yaml|2|sensitive-data must be 'forbidden' or 'allowed', found 'no'",
        // member signatures
        "source-bad-signature.yaml|2|bad member signature 'com.example.crm.Contact.email': missing"
                + " '#' between class and member; expected binary.class.Name#member",
        "source-unbalanced.yaml|2|bad member signature 'com.example.sso.Session#getUserName(':"
                + " unbalanced parentheses",
        "sink-bad-parameter-type.yaml|3|bad member signature 'com.example.Crm#send(java.lang.String,"
                + " long)': spaces are not allowed in a member signature",
        "source-field-is-method.yaml|2|field 'com.example.crm.Contact#getEmail()' names a method;"
                + " use method: or parameter: for a method, or drop the parentheses",
        "sink-method-without-parens.yaml|2|method 'com.example.Crm#push' needs the parameter types"
                + " in parentheses, e.g. com.example.Crm#push(java.lang.String) or"
                + " com.example.Crm#push(*) for any",
        // entry shape
        "source-no-target.yaml|2|a source needs exactly one of field, method, parameter; found none",
        "source-two-targets.yaml|2|a source needs exactly one of field, method, parameter; found"
                + " field, method",
        "sink-two-targets.yaml|2|a sink needs exactly one of method, parameter, returns; found"
                + " method, returns",
        "source-no-category.yaml|3|source needs a category",
        "source-parameter-no-index.yaml|2|a parameter source needs an index (the parameter's"
                + " position, counting from 0)",
        "source-index-out-of-range.yaml|3|index 2 is out of range:"
                + " com.example.Api#login(java.lang.String,java.lang.String) has 2 parameters"
                + " (indexes count from 0)",
        "sink-index-negative.yaml|2|index must be a whole number from 0, found '-1'",
        "sink-index-without-parameter.yaml|2|index is only allowed with parameter, not with method",
        "sink-invalid-kind.yaml|2|sink kind 'SMS_Gateway' " + INVALID_KIND,
        "sink-no-kind.yaml|2|sink needs a kind: a built-in one (" + KINDS + ") or one of your own, such as"
                + " sms-gateway",
    })
    void reportsFileLineAndProblem(String name, int line, String problem) {
        Path file = fixture("errors/" + name);
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(file));
        assertEquals(file + ":" + line + ": " + problem, e.getMessage());
        assertEquals(file, e.file());
        assertEquals(line, e.line());
        assertEquals(problem, e.problem());
        assertEquals(1, e.problems().size());
    }

    @Test
    void sourcesMustBeAList() {
        Path file = fixture("errors/sources-not-a-list.yaml");
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(file));
        assertEquals(file + ":1: sources must be a list of entries like { field|method|parameter:"
                + " \"binary.class.Name#member\", category: <name> }, found a mapping",
                e.getMessage());
    }

    @Test
    void reportsEveryProblemAtOnceSortedByLine() {
        Path file = fixture("errors/several.yaml");
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(file));
        List<String> expected = new ArrayList<>(List.of(
                file + ":2: sensitive-data must be 'forbidden' or 'allowed', found 'maybe'",
                file + ":6: category 'user-interaction' names purpose 'marketing', which is not"
                        + " defined under purposes; defined: provide-feature",
                file + ":8: max-days of category 'user-interaction' must be a positive whole"
                        + " number of days, found '-5'",
                file + ":9: unknown key 'owner' in category 'user-interaction'; expected one of:"
                        + " title, purposes, processors, retention",
                file + ":13: processor 'mysql' lists 'SQL', which " + INVALID_KIND));
        assertEquals(expected, e.messages());
        assertEquals(String.join("\n", expected), e.getMessage());
        assertEquals(2, e.line());
        assertEquals(5, e.problems().size());
    }

    @Test
    void inlineErrorsNameTheGivenPath() {
        Path file = Path.of("/abs/project/privacyflow-policy.yaml");
        PolicyException e = assertThrows(PolicyException.class,
                () -> PolicyLoader.parse("name: x\nsinks:\n  - { kind: http, returns:"
                        + " \"a.B#<init>()\" }\n", file));
        assertEquals("/abs/project/privacyflow-policy.yaml:3: returns 'a.B#<init>()' names a"
                + " constructor, which returns nothing; name a method", e.getMessage());
    }

    @Test
    void typeErrorsInline() {
        Path file = Path.of("/p/policy.yaml");
        assertMessage(file, "name: [a, b]\n", "/p/policy.yaml:1: name must be a text value, found a list");
        assertMessage(file, "name:\n", "/p/policy.yaml:1: name must be a text value, found an empty value");
        assertMessage(file, "purposes:\n  a: { x: y }\n",
                "/p/policy.yaml:2: purpose 'a' must be a description text, found a mapping");
        assertMessage(file, "processors:\n  p: [logging]\n",
                "/p/policy.yaml:2: processor 'p' must be a mapping with keys title, sinks, found a list");
        assertMessage(file, "processors:\n  p: { sinks: [logging, logging] }\n",
                "/p/policy.yaml:2: processor 'p' lists sink kind 'logging' twice");
        assertMessage(file, "sources:\n  - com.example.A#b\n",
                "/p/policy.yaml:2: each source must be a mapping like { field|method|parameter:"
                        + " \"binary.class.Name#member\", category: <name> }, found 'com.example.A#b'");
        assertMessage(file, "sources:\n  - { field: a.B#c, category: [x] }\n",
                "/p/policy.yaml:2: category of source must be a text value, found a list");
        assertMessage(file, "sinks:\n  - { kind: file, parameter: \"a.B#w(*)\", index: one }\n",
                "/p/policy.yaml:2: index must be a whole number from 0, found 'one'");
        assertMessage(file, "sinks:\n  - { kind: file, parameter: \"a.B#w()\", index: 0 }\n",
                "/p/policy.yaml:2: index 0 is out of range: a.B#w() has no parameters");
        assertMessage(file, "categories:\n  c:\n    retention: { until-deleted: yes }\n",
                "/p/policy.yaml:3: until-deleted of category 'c' must be true, found 'yes'; for a"
                        + " limited retention use max-days");
        assertMessage(file, "categories:\n  c:\n    purposes: [p, p]\n    retention: { max-days: 1 }\n"
                        + "purposes: { p: P }\n",
                "/p/policy.yaml:3: category 'c' lists purpose 'p' twice");
        assertMessage(file, "categories:\n  c:\n    purposes: [p]\n    retention: { max-days: 1 }\n",
                "/p/policy.yaml:3: category 'c' names purpose 'p', which is not defined under"
                        + " purposes (the file defines none)");
        assertMessage(file, "---\nname: a\n---\nname: b\n",
                "/p/policy.yaml:3: expected a single document in the stream, but found another"
                        + " document");
    }

    @Test
    void validEdgeCasesLoad() throws PolicyException {
        Path file = Path.of("/p/policy.yaml");
        // empty sections are allowed, a purpose may have no description
        Policy p = PolicyLoader.parse("name: Empty\ncategories:\npurposes:\n  p:\nprocessors: {}\n"
                + "sources:\nsinks: []\n", file);
        assertEquals("Empty", p.name());
        assertEquals("", p.purposes().get("p"));
        assertEquals(0, p.categories().size());
        // (*) with any index, constructors as sinks, quoted integers are not numbers
        p = PolicyLoader.parse("sinks:\n  - { kind: file, parameter: \"a.B#w(*)\", index: 7 }\n"
                + "  - { kind: file, method: \"java.io.FileWriter#<init>(java.lang.String)\" }\n",
                file);
        assertEquals(7, p.sinks().get(0).index());
        assertEquals("<init>", p.sinks().get(1).method().memberName());
        // anchors, aliases and merge keys work as in any YAML file
        p = PolicyLoader.parse("categories:\n  a: &base\n    title: A\n"
                + "    retention: { max-days: 1 }\n  b:\n    <<: *base\n    title: B\n", file);
        assertEquals("B", p.category("b").orElseThrow().title());
        assertEquals(Retention.days(1), p.category("b").orElseThrow().retention());
        assertMessage(file, "categories:\n  c:\n    retention: { max-days: \"30\" }\n",
                "/p/policy.yaml:3: max-days of category 'c' must be a positive whole number of"
                        + " days, found '30'");
    }

    private static void assertMessage(Path file, String yaml, String message) {
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.parse(yaml, file),
                yaml);
        assertEquals(message, e.getMessage(), yaml);
    }

    private static Path fixture(String name) {
        try {
            return Path.of(PolicyLoaderTest.class.getResource(name).toURI()).toAbsolutePath();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
