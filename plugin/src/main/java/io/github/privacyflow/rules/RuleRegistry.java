package io.github.privacyflow.rules;

import java.util.List;
import java.util.Optional;

/**
 * The one place rules are registered, as Error Prone's {@code BuiltInCheckerSuppliers} is: no
 * classpath scanning, so the set of rules a build runs is plain to read.
 */
public final class RuleRegistry {

    private static final List<Rule> ALL = List.of(
            new SensitiveDataRule(),
            new UnclassifiedPersonalDataRule(),
            new UndeclaredPurposeRule(),
            new PurposeNotPermittedRule(),
            new UndeclaredProcessorRule(),
            new MissingRetentionRule(),
            new RetentionExceedsPolicyRule(),
            new PolicyMismatchRule(),
            new MissingConsentGateRule(),
            new NoErasurePathRule());

    private RuleRegistry() {
    }

    /**
     * Returns every rule, ordered by id.
     *
     * @return the rules
     */
    public static List<Rule> all() {
        return ALL;
    }

    /**
     * Finds a rule by id.
     *
     * @param id e.g. {@code PF001}
     * @return the rule, if registered
     */
    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(rule -> rule.info().id().equals(id)).findFirst();
    }
}
