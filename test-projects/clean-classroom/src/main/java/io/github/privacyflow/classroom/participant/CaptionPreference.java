package io.github.privacyflow.classroom.participant;

import io.github.privacyflow.annotations.PersonalData;

/**
 * What the demo's Participant keeps as accessibilityNeeds, kept as PF001's page advises: only
 * the setting the learner chose, no medical detail.
 */
public class CaptionPreference {

    @PersonalData(category = "user-interaction")
    private final boolean captionsWanted; // clean twin of classroom-demo/Participant.java: PF001

    public CaptionPreference(boolean captionsWanted) {
        this.captionsWanted = captionsWanted;
    }

    public boolean captionsWanted() {
        return captionsWanted;
    }
}
