package io.github.privacyflow.demo.recording;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Retain;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A class recording: the metadata row of an audio/video file in cloud object storage. Kept
 * until the customer deletes it, as the agreement allows for generated content.
 */
@Entity
@Table(name = "recording")
@PersonalData(category = "generated-content")
@Retain(untilDeleted = true)
public class Recording {

    @Id
    @GeneratedValue
    private Long id;

    private String roomId;

    private String objectKey;

    private String fileName;

    @Enumerated(EnumType.STRING)
    private RecordingFormat format;

    private long sizeBytes;

    private Instant startedAt;

    private Instant finishedAt;

    protected Recording() {
    }

    public Recording(String roomId, RecordingFormat format, Instant startedAt) {
        this.roomId = roomId;
        this.format = format;
        this.startedAt = startedAt;
        this.fileName = "class-" + roomId + "-" + startedAt.getEpochSecond() + format.extension();
        this.objectKey = "recordings/" + roomId + "/" + fileName;
    }

    public Long getId() {
        return id;
    }

    public String getRoomId() {
        return roomId;
    }

    public String getObjectKey() {
        return objectKey;
    }

    public String getFileName() {
        return fileName;
    }

    public RecordingFormat getFormat() {
        return format;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Duration duration() {
        return finishedAt == null ? Duration.ZERO : Duration.between(startedAt, finishedAt);
    }

    public void finish(Instant now, long bytes) {
        this.finishedAt = now;
        this.sizeBytes = bytes;
    }
}
