package org.example.classroom;

import io.github.privacyflow.annotations.PersonalData;

/** A participant raised a hand in a live class. */
public record HandRaise(
        @PersonalData(category = "user-interaction") String nickname,
        String roomId) {
}
