package io.github.privacyflow.classroom.recording;

import io.github.privacyflow.annotations.Erases;
import io.github.privacyflow.annotations.Purpose;
import io.github.privacyflow.annotations.Sink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps class recordings in Cloud Object Storage and deletes them on the customer's request. */
@Purpose("provide-feature")
public class RecordingArchive {

    private static final Logger log = LoggerFactory.getLogger(RecordingArchive.class);

    private final ObjectStore objectStore;
    private final String bucket;

    public RecordingArchive(ObjectStore objectStore, String bucket) {
        this.objectStore = objectStore;
        this.bucket = bucket;
    }

    @Sink(processor = "cloud-object-storage")
    public void store(ClassRecording recording) {
        objectStore.put(bucket, recording.objectKey(), recording.media());
        log.info("Stored a recording of room {}", recording.roomId());
    }

    @Erases(ClassRecording.class)
    public void delete(String roomId, String objectKey) {
        objectStore.delete(bucket, objectKey);
        log.info("Deleted a recording of room {}", roomId);
    }
}
