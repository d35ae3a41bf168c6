package io.github.privacyflow.classroom.recording;

/** The two calls of the Cloud Object Storage SDK the classroom needs. */
public interface ObjectStore {

    void put(String bucket, String key, byte[] content);

    void delete(String bucket, String key);
}
