package io.github.privacyflow.flows.model;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Retain;

/** A chat line in a room; transcripts are kept 30 days. */
@Retain(days = 30)
public record ChatMessage(
        String roomId,
        @PersonalData(category = "user-interaction") String senderNickname,
        String body) {
}
