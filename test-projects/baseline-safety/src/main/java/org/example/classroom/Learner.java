package org.example.classroom;

import io.github.privacyflow.annotations.Sensitive;

/** A learner of a live class, as the roster import created it. */
public class Learner {

    @Sensitive(kind = "health")
    private String accessibilityNeeds; // expect PF001

    private String email; // expect PF002

    private String roomId;

    public String accessibilityNeeds() {
        return accessibilityNeeds;
    }

    public String email() {
        return email;
    }

    public String roomId() {
        return roomId;
    }
}
