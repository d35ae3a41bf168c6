package io.github.privacyflow.flows.propagation;

import io.github.privacyflow.flows.model.Participant;

/** Labels a participant's tile in the video grid: by default just the room. */
public class RoomLabeler {

    public String label(Participant participant) {
        return "seat in " + participant.getRoomId();
    }
}
