package io.github.privacyflow.report;

import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What GitHub code scanning reads from a rule beyond its {@link RuleInfo}: the
 * {@code security-severity} score that sorts alerts into critical / high / medium / low, the
 * {@code precision}, and the tags. The reasons for each score are in {@code docs/sarif.md}.
 *
 * @param securitySeverity a score from 0.1 to 10.0, written as a string with one decimal
 * @param precision {@code very-high}, {@code high}, {@code medium} or {@code low}
 * @param tags the rule's own tags, after the common ones
 */
record SarifRuleTraits(String securitySeverity, String precision, List<String> tags) {

    /** Every rule is a security and privacy rule of the GDPR family. */
    static final List<String> COMMON_TAGS = List.of("security", "privacy", "gdpr");

    /** CWE-359: Exposure of Private Personal Information to an Unauthorized Actor. */
    private static final String CWE_359 = "external/cwe/cwe-359";

    private static final Map<String, SarifRuleTraits> TRAITS = Map.of(
            "PF001", new SarifRuleTraits("8.5", "high", List.of("special-category-data", "gdpr-art-9")),
            "PF002", new SarifRuleTraits("5.0", "medium", List.of("data-classification")),
            "PF003", new SarifRuleTraits("7.5", "high", List.of("data-flow", "purpose-limitation", "gdpr-art-5", CWE_359)),
            "PF004", new SarifRuleTraits("8.0", "high", List.of("data-flow", "purpose-limitation", "gdpr-art-5", CWE_359)),
            "PF005", new SarifRuleTraits("8.0", "high", List.of("data-flow", "processors", "gdpr-art-28", CWE_359)),
            "PF006", new SarifRuleTraits("7.0", "high", List.of("retention", "storage-limitation", "gdpr-art-5")),
            "PF007", new SarifRuleTraits("7.5", "high", List.of("retention", "storage-limitation", "gdpr-art-5")),
            "PF008", new SarifRuleTraits("7.0", "high", List.of("policy", "configuration")),
            "PF009", new SarifRuleTraits("8.0", "high", List.of("data-flow", "consent", "gdpr-art-7", "gdpr-art-8")),
            "PF010", new SarifRuleTraits("7.0", "high", List.of("retention", "erasure", "gdpr-art-17")));

    /**
     * Returns a rule's traits.
     *
     * @param info the rule's metadata
     * @return its traits; a rule missing from the table (a new one) gets 7.0 for errors and 5.0
     *     for warnings, precision {@code high}, and the common tags
     */
    static SarifRuleTraits of(RuleInfo info) {
        SarifRuleTraits traits = TRAITS.get(info.id());
        if (traits != null) {
            return traits;
        }
        return new SarifRuleTraits(info.severity() == Severity.ERROR ? "7.0" : "5.0", "high", List.of());
    }

    /**
     * Tells whether a rule has its own entry rather than the fallback.
     *
     * @param ruleId e.g. {@code PF001}
     * @return {@code true} if scored explicitly
     */
    static boolean isScored(String ruleId) {
        return TRAITS.containsKey(ruleId);
    }

    /**
     * Returns the tags to write: the common ones, then the rule's own.
     *
     * @return at most 20 tags, GitHub's limit
     */
    List<String> allTags() {
        List<String> all = new ArrayList<>(COMMON_TAGS);
        tags.stream().filter(tag -> !all.contains(tag)).forEach(all::add);
        return all.size() > 20 ? all.subList(0, 20) : all;
    }
}
