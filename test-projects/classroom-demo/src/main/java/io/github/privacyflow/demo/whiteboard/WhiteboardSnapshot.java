package io.github.privacyflow.demo.whiteboard;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Retain;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A saved whiteboard page (an image in object storage), part of the class material. */
@Entity
@Table(name = "whiteboard_snapshot")
@PersonalData(category = "generated-content")
@Retain(untilDeleted = true)
public class WhiteboardSnapshot {

    @Id
    @GeneratedValue
    private Long id;

    private String roomId;

    private int pageIndex;

    private String objectKey;

    private int strokeCount;

    private Instant capturedAt;

    protected WhiteboardSnapshot() {
    }

    public WhiteboardSnapshot(String roomId, int pageIndex, String objectKey, int strokeCount, Instant capturedAt) {
        this.roomId = roomId;
        this.pageIndex = pageIndex;
        this.objectKey = objectKey;
        this.strokeCount = strokeCount;
        this.capturedAt = capturedAt;
    }

    public Long getId() {
        return id;
    }

    public String getRoomId() {
        return roomId;
    }

    public int getPageIndex() {
        return pageIndex;
    }

    public String getObjectKey() {
        return objectKey;
    }

    public int getStrokeCount() {
        return strokeCount;
    }

    public Instant getCapturedAt() {
        return capturedAt;
    }
}
