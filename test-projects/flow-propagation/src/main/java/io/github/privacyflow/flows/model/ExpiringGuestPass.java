package io.github.privacyflow.flows.model;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Retain;

/** GuestPass with its retention declared; ExpiringGuestPassDao stores it and purges it. */
@Retain(days = 30)
public class ExpiringGuestPass { // clean twin of flow-propagation/GuestPass.java: PF006

    private final String roomId;

    @PersonalData(category = "user-interaction")
    private final String email;

    private final String code;

    public ExpiringGuestPass(String roomId, String email, String code) {
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
