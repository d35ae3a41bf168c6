package io.github.privacyflow.flows.model;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Retain;

/** A chat line in a room; transcripts are kept 30 days. */
@Retain(days = 30)
public record ChatMessage(
        String roomId,
        @PersonalData(category = "user-interaction") String senderNickname,
        // what a person wrote in a chat is personal data, and nothing classifies it here
        String body) { // expect PF002
}
