package io.github.privacyflow.flows.model;

import io.github.privacyflow.annotations.PersonalData;

/** A one-off pass mailed to a guest lecturer. Stored, but nobody said for how long. */
public class GuestPass { // expect PF006

    private final String roomId;

    @PersonalData(category = "user-interaction")
    private final String email;

    private final String code;

    public GuestPass(String roomId, String email, String code) {
        this.roomId = roomId;
        this.email = email;
        this.code = code;
    }

    public String getRoomId() {
        return roomId;
    }

    public String getEmail() {
        return email;
    }

    public String getCode() {
        return code;
    }
}
