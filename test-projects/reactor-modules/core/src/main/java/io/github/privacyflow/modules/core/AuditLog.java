package io.github.privacyflow.modules.core;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The core module's audit trail: its sinks are reached from the modules built on it. */
public class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    /** Logs what it is given: a finding only where a caller hands it personal data. */
    public void record(String event) {
        LOG.info("audit: {}", event);
    }

    /** Logs a learner's address itself: the core module's own finding, whoever calls it. */
    public void recordLearner(Learner learner) {
        LOG.info("learner: {}", learner.getEmail()); // expect PF003
    }

    public void recordCount(int learners) {
        LOG.info("learners: {}", learners);
    }
}
