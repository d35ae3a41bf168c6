package io.github.privacyflow.flows.quality;

import io.github.privacyflow.annotations.Purpose;
import io.github.privacyflow.flows.model.Recording;
import io.github.privacyflow.flows.persistence.RecordingStore;

/**
 * ConnectionDiagnostics' sample upload done for a purpose recordings may serve: the method's
 * provide-feature overrides the package's troubleshooting.
 */
public class RecordingSamples {

    private final RecordingStore store;

    public RecordingSamples(RecordingStore store) {
        this.store = store;
    }

    @Purpose("provide-feature")
    public void uploadSample(Recording recording) {
        store.upload("samples/" + recording.getObjectKey(), recording.getContent()); // clean twin of flow-propagation/ConnectionDiagnostics.java: PF004
    }
}
