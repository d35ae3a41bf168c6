package io.github.privacyflow.reactor.web;

import io.github.privacyflow.reactor.core.ActivityLog;
import io.github.privacyflow.reactor.core.Learner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells a room's lobby who is waiting; declares no purpose. */
public class LobbyNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(LobbyNotifier.class);

    public void waiting(Learner learner) {
        // Through the core module's log: the flow crosses into classroom-core, and is this module's finding.
        ActivityLog.record(learner.getNickname(), "is waiting in the lobby"); // expect PF003
        LOG.debug("learner of course {} waiting", learner.getCourseId());
    }

    public void announce(Learner learner) {
        LOG.info("{} joined", learner.getNickname()); // expect repeat PF003
    }
}
