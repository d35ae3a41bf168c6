package org.example.app;

/** A participant of a live room, as the join form sends it. */
public class Participant {

    private final String roomId;
    private final String email; // expect PF002

    public Participant(String roomId, String email) {
        this.roomId = roomId;
        this.email = email;
    }

    public String roomId() {
        return roomId;
    }

    public String email() {
        return email;
    }
}
