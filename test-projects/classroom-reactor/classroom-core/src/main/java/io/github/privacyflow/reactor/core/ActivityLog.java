package io.github.privacyflow.reactor.core;

import io.github.privacyflow.annotations.Purpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The operation log every module writes to: user interaction data, kept by Cloud Log Service. */
public final class ActivityLog {

    private static final Logger LOG = LoggerFactory.getLogger(ActivityLog.class);

    private ActivityLog() {
    }

    /** Records what a learner did; callers decide the purpose. */
    public static void record(String who, String what) {
        LOG.info("{} {}", who, what);
    }

    /** Records a change to a course, which holds no personal data. */
    @Purpose("troubleshooting")
    public static void course(String courseId, String what) {
        LOG.info("course {} {}", courseId, what);
    }
}
