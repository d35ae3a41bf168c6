package io.github.privacyflow.flows.model;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Retain;

/** A class recording: the voices and faces of everyone in the room. Kept until the customer deletes it. */
@PersonalData(category = "generated-content")
@Retain(untilDeleted = true)
public class Recording {

    private final String roomId;

    private final String objectKey;

    private final long durationSeconds;

    private final byte[] content;

    public Recording(String roomId, String objectKey, long durationSeconds, byte[] content) {
        this.roomId = roomId;
        this.objectKey = objectKey;
        this.durationSeconds = durationSeconds;
        this.content = content;
    }

    public String getRoomId() {
        return roomId;
    }

    public String getObjectKey() {
        return objectKey;
    }

    public long getDurationSeconds() {
        return durationSeconds;
    }

    public byte[] getContent() {
        return content;
    }
}
