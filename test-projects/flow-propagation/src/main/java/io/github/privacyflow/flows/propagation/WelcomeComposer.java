package io.github.privacyflow.flows.propagation;

import io.github.privacyflow.flows.model.Participant;

/** Second class of the pipeline: picks the greeting for the participant. */
public class WelcomeComposer {

    public String compose(Participant participant) {
        return WelcomeTemplates.fill(participant.getNickname());
    }
}
