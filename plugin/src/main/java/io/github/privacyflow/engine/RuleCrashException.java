package io.github.privacyflow.engine;

/**
 * A rule threw while checking a module, and the request asked for that to end the analysis
 * ({@link AnalysisRequest#failOnRuleCrash()}), as tests do.
 */
public final class RuleCrashException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String ruleId;

    /**
     * Creates the exception.
     *
     * @param ruleId the rule that threw, e.g. {@code PF003}
     * @param cause what it threw
     */
    public RuleCrashException(String ruleId, Throwable cause) {
        super(ruleId + " crashed: " + cause, cause);
        this.ruleId = ruleId;
    }

    /**
     * Returns the rule that threw.
     *
     * @return e.g. {@code PF003}
     */
    public String ruleId() {
        return ruleId;
    }
}
