package io.github.privacyflow.demo.participant;

/** What a participant may do in a room. */
public enum ParticipantRole {
    HOST(true, true),
    CO_TEACHER(true, true),
    STUDENT(false, true),
    OBSERVER(false, false);

    private final boolean moderates;
    private final boolean speaks;

    ParticipantRole(boolean moderates, boolean speaks) {
        this.moderates = moderates;
        this.speaks = speaks;
    }

    public boolean moderates() {
        return moderates;
    }

    public boolean speaks() {
        return speaks;
    }
}
