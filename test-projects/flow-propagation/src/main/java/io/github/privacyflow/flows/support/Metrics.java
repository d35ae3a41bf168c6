package io.github.privacyflow.flows.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts activity per person; declares no purpose, so its callers decide. */
public final class Metrics {

    private static final Logger log = LoggerFactory.getLogger(Metrics.class);

    private Metrics() {
    }

    public static void countActivity(String who) {
        // called from EngagementTracker (analytics) and from ChatArchive (no purpose): both rules at one call site
        log.info("activity +1 for {}", who); // expect PF004
    }
}
