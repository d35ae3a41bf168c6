package io.github.privacyflow.demo.recording;

import io.github.privacyflow.annotations.Sink;
import java.nio.charset.StandardCharsets;

/** The bucket API of Cloud Object Storage, as far as the classroom uses it. */
public interface ObjectStorageClient {

    @Sink(processor = "cloud-object-storage")
    String putObject(String bucket, String objectKey, byte[] content, String contentType);

    void deleteObject(String bucket, String objectKey);

    default String putText(String bucket, String objectKey, String text) {
        return putObject(bucket, objectKey, text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
    }
}
