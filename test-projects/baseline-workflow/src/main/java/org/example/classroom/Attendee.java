package org.example.classroom;

import io.github.privacyflow.annotations.Sensitive;

/** An attendee of a live class, as the legacy roster import created it. */
public class Attendee {

    @Sensitive(kind = "health")
    private String accessibilityNeeds; // expect PF001

    private String email; // expect PF002

    private String deviceId; // expect PF002

    private String roomId;

    public String accessibilityNeeds() {
        return accessibilityNeeds;
    }

    public String email() {
        return email;
    }

    public String deviceId() {
        return deviceId;
    }

    public String roomId() {
        return roomId;
    }
}
