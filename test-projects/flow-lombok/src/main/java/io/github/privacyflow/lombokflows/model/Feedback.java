package io.github.privacyflow.lombokflows.model;

import io.github.privacyflow.annotations.PersonalData;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** A learner's rating of a lesson. Stored, with no retention declared. */
@Getter
@RequiredArgsConstructor
public class Feedback { // expect PF006

    private final String roomId;

    @PersonalData(category = "user-interaction")
    private final String authorNickname;

    private final int rating;
}
