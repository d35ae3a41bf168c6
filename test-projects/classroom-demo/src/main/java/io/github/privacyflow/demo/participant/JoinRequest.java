package io.github.privacyflow.demo.participant;

import io.github.privacyflow.annotations.PersonalData;

/**
 * What the client sends to enter a room.
 *
 * @param roomId the room to enter
 * @param nickname the name shown to the others
 * @param deviceId the installation id of the client app
 * @param clientVersion the SDK version, for compatibility checks
 * @param requestedRole the role asked for; the host decides
 */
public record JoinRequest(
        String roomId,
        @PersonalData(category = "user-interaction") String nickname,
        String deviceId, // expect PF002
        String clientVersion,
        ParticipantRole requestedRole) {

    public JoinRequest {
        if (roomId == null || roomId.isBlank()) {
            throw new IllegalArgumentException("roomId is required");
        }
        if (requestedRole == null) {
            requestedRole = ParticipantRole.STUDENT;
        }
    }
}
