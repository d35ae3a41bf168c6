package io.github.privacyflow.flows.support;

import io.github.privacyflow.flows.model.Participant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the personal data itself, so the path starts here; without a purpose of its own, the
 * methods calling into it decide.
 */
public class PresenceLog {

    private static final Logger log = LoggerFactory.getLogger(PresenceLog.class);

    public void arrived(Participant participant) {
        // silent: called only through Dispatcher.onArrival from QualityReport.slowJoin (troubleshooting, two calls up)
        log.info("arrived: {}", participant.getNickname());
    }

    public void left(Participant participant) {
        // called from QualityReport.slowLeave (troubleshooting) and from Dispatcher.onLeave, which nobody with a purpose calls
        log.info("left: {}", participant.getNickname()); // expect PF003
    }
}
