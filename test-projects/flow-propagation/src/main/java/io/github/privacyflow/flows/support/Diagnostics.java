package io.github.privacyflow.flows.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A static helper without a purpose of its own; the callers on the path decide. */
public final class Diagnostics {

    private static final Logger log = LoggerFactory.getLogger(Diagnostics.class);

    private Diagnostics() {
    }

    public static void note(String what) {
        // generated content passed in by QualityReport, whose package declares troubleshooting: a purpose found on the path
        log.debug("note: {}", what); // expect PF004
    }
}
