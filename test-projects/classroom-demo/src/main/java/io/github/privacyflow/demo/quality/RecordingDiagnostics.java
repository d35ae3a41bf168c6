package io.github.privacyflow.demo.quality;

import io.github.privacyflow.demo.recording.Recording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Diagnoses failed recording uploads for the support team. The package's purpose is
 * troubleshooting, which the agreement does not permit for recordings, and the log is not a
 * processor of recordings either.
 */
public class RecordingDiagnostics {

    private static final Logger log = LoggerFactory.getLogger(RecordingDiagnostics.class);

    public void uploadFailed(Recording recording, int httpStatus) {
        log.warn("upload of {} failed with {}", recording.getObjectKey(), httpStatus); // expect PF004
        log.warn("an upload failed with {}", httpStatus);
    }

    public void retrying(int attempt) {
        log.info("retrying the upload, attempt {}", attempt);
    }
}
