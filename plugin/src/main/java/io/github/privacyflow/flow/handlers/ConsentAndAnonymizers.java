package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.calls.ResolvedCall;
import io.github.privacyflow.model.PrivacyAnnotations;

/**
 * What privacyflow's own annotations say a program method does: after a call of a
 * {@code @ConsentGate} method consent has been given; an {@code @Anonymizer} method's result
 * carries nothing personal, whatever it was given. The method named or any it may run counts.
 */
final class ConsentAndAnonymizers implements LibraryModel {

    private static final CallEffect CONSENT = new CallEffect(true, false);
    private static final CallEffect ANONYMIZED = new CallEffect(false, true);
    private static final CallEffect BOTH = new CallEffect(true, true);

    @Override
    public CallEffect effect(ResolvedCall call) {
        boolean gate = call.hasAnnotation(PrivacyAnnotations.CONSENT_GATE);
        boolean anonymizer = call.hasAnnotation(PrivacyAnnotations.ANONYMIZER);
        return gate ? (anonymizer ? BOTH : CONSENT) : (anonymizer ? ANONYMIZED : CallEffect.NONE);
    }
}
