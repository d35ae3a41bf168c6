package io.github.privacyflow.flows.propagation;

import io.github.privacyflow.flows.model.Participant;

/** The badge showing who is speaking. */
public class NicknameBadge implements Badge {

    private final Participant participant;

    public NicknameBadge(Participant participant) {
        this.participant = participant;
    }

    @Override
    public String caption() {
        return participant.getNickname();
    }
}
