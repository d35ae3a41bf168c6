package io.github.privacyflow.classroom.participant;

import io.github.privacyflow.annotations.PersonalData;

/**
 * What a client sends to enter a classroom.
 *
 * @param roomId the classroom
 * @param nickname the name shown to the others
 * @param email where the class notes are sent afterwards
 * @param clientVersion the SDK version
 */
public record JoinCommand(
        String roomId,
        @PersonalData(category = "user-interaction") String nickname,
        @PersonalData(category = "user-interaction") String email,
        String clientVersion) {
}
