package io.github.privacyflow.policy;

import java.util.Objects;

/**
 * A {@code sources:} entry: personal data in code the project cannot annotate.
 *
 * <p>The category is kept as written and is <em>not</em> checked when loading: a category the
 * policy does not define is reported by the rules (PF008) at {@link #line()}.
 *
 * @param target what the member is: a field that is read, a method whose return value is
 *     personal data, or one parameter of a method
 * @param member the member; a field reference for {@link Target#FIELD}, a method reference
 *     otherwise
 * @param index the 0-based parameter index for {@link Target#PARAMETER}, {@code -1} otherwise
 * @param category the category name as written
 * @param line the 1-based line of the entry in {@link Policy#origin()}
 */
public record PolicySource(Target target, MemberRef member, int index, String category, int line) {

    /** What a source entry names. */
    public enum Target {
        /** {@code field:} reading the field yields personal data. */
        FIELD,
        /** {@code method:} the method's return value is personal data. */
        METHOD,
        /** {@code parameter:} + {@code index:} that parameter holds personal data. */
        PARAMETER
    }

    /**
     * Checks for nulls and that the index fits the target.
     *
     * @param target the target
     * @param member the member
     * @param index the index
     * @param category the category
     * @param line the line
     */
    public PolicySource {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(category, "category");
        if ((target == Target.PARAMETER) != (index >= 0)) {
            throw new IllegalArgumentException("index must be >= 0 exactly for PARAMETER");
        }
        if ((target == Target.FIELD) != member.isField()) {
            throw new IllegalArgumentException("member kind does not fit target " + target);
        }
    }
}
