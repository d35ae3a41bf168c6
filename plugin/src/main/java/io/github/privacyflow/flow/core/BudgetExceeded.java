package io.github.privacyflow.flow.core;

/**
 * Thrown inside one method's analysis when a budget runs out: that method's step limit, or the
 * module's time. Carries no stack trace: it is control flow, thrown on hot paths.
 */
final class BudgetExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Which budget ran out. */
    enum Kind {
        /** The method's step limit: the method is approximated, the analysis goes on. */
        METHOD_STEPS,
        /** The module's time: the flow analysis stops. */
        MODULE_TIME
    }

    private final Kind kind;

    BudgetExceeded(Kind kind) {
        super(kind.name(), null, false, false);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    /** Finds a budget exception among a throwable's causes (ASM wraps what the interpreter throws). */
    static BudgetExceeded in(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof BudgetExceeded exceeded) {
                return exceeded;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
