package io.github.privacyflow.flows.chat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The chat transcript log; declares no purpose itself. */
final class TranscriptLog {

    private static final Logger log = LoggerFactory.getLogger(TranscriptLog.class);

    private TranscriptLog() {
    }

    static void line(String text) {
        // called from ChatService (provide-feature) and from ChatArchive (no purpose): one calling context lacks a purpose
        log.info(text); // expect PF003
    }
}
