package io.github.privacyflow.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A policy may name sink kinds of its own, for processors the built-in catalogue does not know. */
class CustomSinkKindsTest {

    private static final Path FILE = Path.of("/p/privacyflow-policy.yaml");

    private static final String AGREEMENT = String.join("\n",
            "name: Classroom with SMS reminders",
            "categories:",
            "  user-interaction:",
            "    purposes: [provide-feature]",
            "    processors: [mysql, sms-gateway]",
            "    retention: { max-days: 180 }",
            "  generated-content:",
            "    purposes: [provide-feature]",
            "    processors: [mysql]",
            "    retention: { until-deleted: true }",
            "purposes:",
            "  provide-feature: Provide the feature",
            "processors:",
            "  mysql: { title: TencentDB for MySQL, sinks: [jdbc, jpa] }",
            "  sms-gateway: { title: Tencent Cloud SMS, sinks: [sms-gateway] }",
            "");

    @Test
    void ownKindsLoadWithoutWarnings() throws PolicyException {
        Policy policy = PolicyLoader.parse(AGREEMENT + String.join("\n",
                "sinks:",
                "  - { kind: sms-gateway, method: \"org.example.sms.SmsClient#send(*)\" }",
                "  - { kind: jdbc, parameter: \"org.example.db.Raw#run(java.lang.String)\", index: 0 }",
                ""), FILE);
        assertEquals(List.of(), policy.warnings());
        assertEquals("sms-gateway", policy.sinks().get(0).kind());
        assertEquals(Optional.empty(), policy.sinks().get(0).builtInKind());
        assertEquals(Optional.of(SinkKind.JDBC), policy.sinks().get(1).builtInKind());
        assertTrue(policy.isSinkKindPermitted("user-interaction", "sms-gateway"));
        assertFalse(policy.isSinkKindPermitted("generated-content", "sms-gateway"));
        assertEquals(List.of("logging", "jdbc", "jpa", "object-storage", "file", "http", "messaging", "analytics",
                "mail", "ldap", "sms", "push", "sms-gateway"), policy.sinkKinds());
        assertEquals("Tencent Cloud SMS", policy.sinkKindTitle("sms-gateway"));
        assertEquals("JDBC database access", policy.sinkKindTitle("jdbc"));
        assertEquals("Tencent Cloud SMS", policy.processorTitle("sms-gateway"));
    }

    @Test
    void aProcessorListingAKindNoSinkHasIsWarnedAboutAtItsLine() throws PolicyException {
        Policy policy = PolicyLoader.parse(AGREEMENT.replace("sinks: [sms-gateway]", "sinks: [sms-gatway]") + String.join("\n",
                "sinks:",
                "  - { kind: sms-gateway, method: \"org.example.sms.SmsClient#send(*)\" }",
                ""), FILE);
        assertEquals(List.of(
                "/p/privacyflow-policy.yaml:15: processor 'sms-gateway' lists sink kind 'sms-gatway', which no sink has:"
                        + " it is not built in and no entry under sinks: names it (did you mean 'sms-gateway'?); add a"
                        + " sink of that kind or correct the name",
                "/p/privacyflow-policy.yaml:17: no processor lists sink kind 'sms-gateway' (did you mean"
                        + " 'sms-gatway'?), so personal data reaching org.example.sms.SmsClient#send(*) is always PF005;"
                        + " list the kind under the sinks: of the processor that receives it, or correct the name"),
                policy.warnings().stream().map(PolicyWarning::message).toList());
    }

    @Test
    void aSinkOfAKindNoProcessorListsIsWarnedAbout() throws PolicyException {
        // extending the default: its processors list no http, so this sink is always PF005
        Policy policy = PolicyLoader.parse("sinks:\n  - { kind: http, method: \"com.example.Crm#push(*)\" }\n", FILE);
        assertEquals(1, policy.warnings().size());
        PolicyWarning warning = policy.warnings().get(0);
        assertEquals(FILE, warning.file());
        assertEquals(2, warning.line());
        assertEquals("no processor lists sink kind 'http', so personal data reaching com.example.Crm#push(*) is always"
                + " PF005; list the kind under the sinks: of the processor that receives it, or correct the name",
                warning.text());
    }

    @Test
    void theDefaultAgreementAndBuiltInKindsGiveNoWarning() throws PolicyException {
        assertEquals(List.of(), PolicyLoader.loadDefault().warnings());
        // a processor may list a built-in kind the code never uses: the catalogue has sinks of it
        Policy policy = PolicyLoader.parse(AGREEMENT.replace("sinks: [jdbc, jpa]", "sinks: [jdbc, jpa, messaging]")
                + "sinks:\n  - { kind: sms-gateway, returns: \"org.example.sms.SmsClient#status()\" }\n", FILE);
        assertEquals(List.of(), policy.warnings());
    }

    @Test
    void unknownKeysInAnOwnSinkAreStillErrors() {
        PolicyException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyException.class, () -> PolicyLoader.parse(
                AGREEMENT + "sinks:\n  - { kind: sms-gateway, methd: \"org.example.sms.SmsClient#send(*)\" }\n", FILE));
        // one line for one mistake: the misspelt target key is not also reported as a missing target
        assertEquals(List.of("/p/privacyflow-policy.yaml:17: unknown key 'methd' in sink; expected one of: kind, method,"
                        + " parameter, returns, index"),
                e.messages());
    }
}
