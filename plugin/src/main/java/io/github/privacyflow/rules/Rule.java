package io.github.privacyflow.rules;

/**
 * One check of the agreement. Implementations carry {@link RuleInfo} and are listed in
 * {@link RuleRegistry}; they must be stateless, since one instance serves parallel builds.
 */
public interface Rule {

    /**
     * Checks the module and reports findings.
     *
     * @param context the program, policy and shared classification
     * @param findings where findings go
     */
    void check(RuleContext context, FindingCollector findings);

    /**
     * Returns the rule's metadata.
     *
     * @return the {@link RuleInfo} on the rule's class
     */
    default RuleInfo info() {
        RuleInfo info = getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(getClass().getName() + " lacks @RuleInfo");
        }
        return info;
    }
}
