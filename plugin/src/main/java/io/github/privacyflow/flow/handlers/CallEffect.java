package io.github.privacyflow.flow.handlers;

/**
 * What a call does beyond passing data on.
 *
 * @param givesConsent whether consent is given once the call returns (a consent gate)
 * @param returnsNothingPersonal whether the result carries no personal data, whatever was passed
 *     in (an anonymizer, {@code Object.toString})
 */
public record CallEffect(boolean givesConsent, boolean returnsNothingPersonal) {

    /** No effect. */
    public static final CallEffect NONE = new CallEffect(false, false);

    /**
     * Unites two effects.
     *
     * @param other the other effect
     * @return an effect with what either has
     */
    public CallEffect and(CallEffect other) {
        if (other == NONE || other.equals(this)) {
            return this;
        }
        return this == NONE ? other
                : new CallEffect(givesConsent || other.givesConsent, returnsNothingPersonal || other.returnsNothingPersonal);
    }
}
