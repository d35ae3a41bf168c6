package org.example.classroom;

import io.github.privacyflow.annotations.PersonalData;

/** Who joined a live class. */
@PersonalData(category = "user-interaction")
public class Attendee {

    private final String nickname;

    public Attendee(String nickname) {
        this.nickname = nickname;
    }

    public String getNickname() {
        return nickname;
    }
}
