package io.github.privacyflow.classroom.room;

/** Life cycle of a classroom. */
public enum RoomState {
    SCHEDULED,
    LIVE,
    ENDED
}
