package io.github.privacyflow.flows.propagation;

import io.github.privacyflow.flows.model.Participant;

/** Rooms that show names on the tiles override the label with the nickname. */
public class NamedRoomLabeler extends RoomLabeler {

    @Override
    public String label(Participant participant) {
        return participant.getNickname() + " (" + participant.getRoomId() + ")";
    }
}
