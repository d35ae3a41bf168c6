package io.github.privacyflow.flows.propagation;

/** A mutable invitation draft: who it goes to is set after it is created. */
public class Invitation {

    private String recipient; // expect PF002

    private String roomId;

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getRoomId() {
        return roomId;
    }

    public void setRoomId(String roomId) {
        this.roomId = roomId;
    }
}
