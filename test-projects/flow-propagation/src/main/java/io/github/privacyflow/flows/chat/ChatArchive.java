package io.github.privacyflow.flows.chat;

import io.github.privacyflow.flows.model.ChatMessage;
import io.github.privacyflow.flows.support.Metrics;
import java.util.List;

/** Replays archived chat into the transcript log. Nobody declared why. */
public class ChatArchive {

    public void replay(List<ChatMessage> messages) {
        for (ChatMessage message : messages) {
            TranscriptLog.line(message.senderNickname() + " (archived): " + message.body());
            Metrics.countActivity(message.senderNickname());
        }
    }
}
