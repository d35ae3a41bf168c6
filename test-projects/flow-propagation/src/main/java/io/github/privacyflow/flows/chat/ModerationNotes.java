package io.github.privacyflow.flows.chat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Notes for moderators; declares no purpose itself. */
final class ModerationNotes {

    private static final Logger log = LoggerFactory.getLogger(ModerationNotes.class);

    private ModerationNotes() {
    }

    static void note(String who) {
        // silent: its only caller, ChatService.deliver, declares provide-feature
        log.info("moderation note about {}", who);
    }
}
