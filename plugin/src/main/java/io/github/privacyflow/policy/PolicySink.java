package io.github.privacyflow.policy;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A {@code sinks:} entry: an addition to the built-in sink catalogue.
 *
 * @param kind the sink kind: a built-in one ({@link SinkKind#ids()}) or one the policy names itself,
 *     such as {@code sms-gateway}; always {@linkplain SinkKind#isValidId(String) valid}
 * @param target which values leave the system through the method
 * @param method the method (never a field reference)
 * @param index the 0-based parameter index for {@link Target#PARAMETER}, {@code -1} otherwise
 * @param line the 1-based line of the entry in {@link Policy#origin()}
 */
public record PolicySink(String kind, Target target, MemberRef method, int index, int line) {

    /** Which values of the method are sunk. */
    public enum Target {
        /** {@code method:} every argument is handed to the sink. */
        METHOD,
        /** {@code parameter:} + {@code index:} that argument is handed to the sink. */
        PARAMETER,
        /** {@code returns:} the method's return value leaves the system. */
        RETURNS
    }

    /**
     * Checks for nulls, the kind, and that the index fits the target.
     *
     * @param kind the kind
     * @param target the target
     * @param method the method
     * @param index the index
     * @param line the line
     */
    public PolicySink {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(method, "method");
        if (!SinkKind.isValidId(kind)) {
            throw new IllegalArgumentException("invalid sink kind " + kind);
        }
        if (!method.isMethod()) {
            throw new IllegalArgumentException("a sink must name a method: " + method);
        }
        if ((target == Target.PARAMETER) != (index >= 0)) {
            throw new IllegalArgumentException("index must be >= 0 exactly for PARAMETER");
        }
    }

    /**
     * The sink kind as a built-in constant.
     *
     * @return the built-in kind, or empty for a kind the policy names itself
     */
    public Optional<SinkKind> builtInKind() {
        return SinkKind.fromId(kind);
    }

    /**
     * Whether the argument at {@code argumentIndex} of a call to the method is sunk.
     *
     * @param argumentIndex a 0-based argument index
     * @return {@code true} for {@link Target#METHOD}, or {@link Target#PARAMETER} with that index
     */
    public boolean sinksArgument(int argumentIndex) {
        return target == Target.METHOD || (target == Target.PARAMETER && index == argumentIndex);
    }

    /**
     * The index when the target is a parameter.
     *
     * @return the index, or empty for {@link Target#METHOD} and {@link Target#RETURNS}
     */
    public OptionalInt parameterIndex() {
        return target == Target.PARAMETER ? OptionalInt.of(index) : OptionalInt.empty();
    }
}
