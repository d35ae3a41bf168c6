package io.github.privacyflow.flows.model;

import io.github.privacyflow.annotations.NotPersonalData;
import io.github.privacyflow.annotations.PersonalData;

/**
 * Someone raised a hand: what a participant did, so every field is user interaction data,
 * the bare room id included. The queue position is a counter of the room.
 */
@PersonalData(category = "user-interaction")
public class HandRaise {

    private final String roomId;

    private final long raisedAtEpochSecond;

    @NotPersonalData(reason = "a position in the room's queue, shared by whoever is next")
    private final int queuePosition;

    public HandRaise(String roomId, long raisedAtEpochSecond, int queuePosition) {
        this.roomId = roomId;
        this.raisedAtEpochSecond = raisedAtEpochSecond;
        this.queuePosition = queuePosition;
    }

    public String getRoomId() {
        return roomId;
    }

    public long getRaisedAtEpochSecond() {
        return raisedAtEpochSecond;
    }

    public int getQueuePosition() {
        return queuePosition;
    }
}
