package io.github.privacyflow.flows.persistence;

import io.github.privacyflow.annotations.Erases;
import io.github.privacyflow.annotations.Sink;
import io.github.privacyflow.flows.model.Recording;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The client of the object storage bucket that keeps recordings and exports. */
public class RecordingStore {

    private final Map<String, Integer> sizes = new ConcurrentHashMap<>();

    /** Hands the bytes to Cloud Object Storage. */
    @Sink(processor = "cloud-object-storage")
    public void upload(String objectKey, byte[] content) {
        sizes.put(objectKey, content.length);
    }

    /** Hands a log bundle to the log service's ingestion endpoint. */
    @Sink(processor = "cloud-log-service")
    public void shipToLogService(String stream, String line) {
        sizes.merge(stream, line.length(), Integer::sum);
    }

    @Erases(Recording.class)
    public void delete(String objectKey) {
        sizes.remove(objectKey);
    }
}
