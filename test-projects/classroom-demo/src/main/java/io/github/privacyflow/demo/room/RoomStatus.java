package io.github.privacyflow.demo.room;

/** Life cycle of a live room. */
public enum RoomStatus {
    SCHEDULED,
    OPEN,
    CLOSED,
    CANCELLED;

    public boolean acceptsParticipants() {
        return this == OPEN;
    }
}
