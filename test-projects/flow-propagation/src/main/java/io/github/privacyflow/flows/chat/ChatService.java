package io.github.privacyflow.flows.chat;

import io.github.privacyflow.annotations.Erases;
import io.github.privacyflow.annotations.Purpose;
import io.github.privacyflow.flows.model.ChatMessage;
import io.github.privacyflow.flows.model.Recording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers chat messages. The class declares provide-feature for all its methods. */
@Purpose("provide-feature")
public class ChatService {

    private static final Logger log = LoggerFactory.getLogger(ChatService.class);

    private final Path transcriptDir;

    public ChatService(Path transcriptDir) {
        this.transcriptDir = transcriptDir;
    }

    public void deliver(ChatMessage message) {
        // permitted: class-level provide-feature, user-interaction, logging
        log.info("{} posted in {}", message.senderNickname(), message.roomId());
        // permitted: a purposeless helper called only from here takes this class's purpose
        ModerationNotes.note(message.senderNickname());
        TranscriptLog.line(message.senderNickname() + ": " + message.body());
    }

    public void transcript(ChatMessage message) throws IOException {
        // provide-feature is permitted, but no processor takes files
        Files.writeString(transcriptDir.resolve(message.roomId() + ".txt"), message.senderNickname() + "\n", StandardOpenOption.APPEND); // expect PF005
    }

    @Purpose("troubleshooting")
    public void debugRecording(Recording recording) {
        // a method-level purpose replaces the class's: troubleshooting is not permitted for generated content
        log.debug("attached recording {}", recording.getObjectKey()); // expect PF004
    }

    @Erases(ChatMessage.class)
    public void deleteTranscript(String roomId) throws IOException {
        Files.deleteIfExists(transcriptDir.resolve(roomId + ".txt"));
    }
}
