package io.github.privacyflow.flows.support;

import io.github.privacyflow.flows.model.Participant;

/** Routes presence events; declares no purpose. */
public class Dispatcher {

    private final PresenceLog presence = new PresenceLog();

    public void onArrival(Participant participant) {
        presence.arrived(participant);
    }

    public void onLeave(Participant participant) {
        presence.left(participant);
    }
}
