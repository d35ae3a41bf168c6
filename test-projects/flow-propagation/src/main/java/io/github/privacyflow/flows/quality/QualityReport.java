package io.github.privacyflow.flows.quality;

import io.github.privacyflow.annotations.Purpose;
import io.github.privacyflow.flows.model.Participant;
import io.github.privacyflow.flows.model.Recording;
import io.github.privacyflow.flows.support.Diagnostics;
import io.github.privacyflow.flows.support.Dispatcher;
import io.github.privacyflow.flows.support.PresenceLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Weekly quality report. A method-level @Purpose overrides the package's. */
public class QualityReport {

    private static final Logger log = LoggerFactory.getLogger(QualityReport.class);

    private final Dispatcher dispatcher = new Dispatcher();
    private final PresenceLog presence = new PresenceLog();

    @Purpose("provide-feature")
    public void recordingCompleted(Recording recording) {
        // provide-feature is permitted for generated content, but logs are still not its processor
        log.info("recording {} complete", recording.getObjectKey()); // expect PF005
    }

    public void slowJoin(Participant participant) {
        // permitted: the package's troubleshooting, user-interaction, logging
        log.info("slow join for {}", participant.getEmail());
        dispatcher.onArrival(participant);
    }

    public void slowLeave(Participant participant) {
        presence.left(participant);
    }

    public void recordingFromHelper(Recording recording) {
        Diagnostics.note(recording.getObjectKey());
    }
}
