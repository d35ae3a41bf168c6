package io.github.privacyflow.flow.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Uniting the effects that several library models give one call. */
class CallEffectMutationTest {

    @Test
    void effectsAreUnitedFlagByFlag() {
        CallEffect consent = new CallEffect(true, false);
        CallEffect anonymous = new CallEffect(false, true);
        // Equal to NONE but not NONE itself: it goes through the union, which must keep each flag.
        CallEffect noEffect = new CallEffect(false, false);

        assertEquals(consent, consent.and(noEffect));
        assertEquals(anonymous, anonymous.and(noEffect));
        assertEquals(new CallEffect(true, true), consent.and(anonymous));
        assertEquals(new CallEffect(true, true), anonymous.and(consent));
        assertEquals(new CallEffect(true, true), new CallEffect(true, true).and(consent));
        assertSame(consent, consent.and(new CallEffect(true, false)));
        assertSame(anonymous, CallEffect.NONE.and(anonymous));
    }
}
