package io.github.privacyflow.demo.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A scheduled or running live class. Holds no participant data: participants are rows of their own. */
@Entity
@Table(name = "live_room")
public class LiveRoom {

    @Id
    private String roomId;

    @Column(nullable = false)
    private String roomName;

    private String courseId;

    private String lessonId;

    private String courseTitle;

    @Enumerated(EnumType.STRING)
    private RoomStatus status = RoomStatus.SCHEDULED;

    private Instant scheduledStart;

    private Instant openedAt;

    private Instant closedAt;

    private int capacity;

    private boolean recordingEnabled;

    private String displayColour;

    protected LiveRoom() {
    }

    public LiveRoom(String roomId, String roomName, String courseId, String lessonId, String courseTitle,
            Instant scheduledStart, RoomSettings settings) {
        this.roomId = roomId;
        this.roomName = roomName;
        this.courseId = courseId;
        this.lessonId = lessonId;
        this.courseTitle = courseTitle;
        this.scheduledStart = scheduledStart;
        this.capacity = settings.maxParticipants();
        this.recordingEnabled = settings.recordingEnabled();
        this.displayColour = settings.displayColour();
    }

    public String getRoomId() {
        return roomId;
    }

    public String getRoomName() {
        return roomName;
    }

    public String getCourseId() {
        return courseId;
    }

    public String getLessonId() {
        return lessonId;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public RoomStatus getStatus() {
        return status;
    }

    public Instant getScheduledStart() {
        return scheduledStart;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public int getCapacity() {
        return capacity;
    }

    public boolean isRecordingEnabled() {
        return recordingEnabled;
    }

    public String getDisplayColour() {
        return displayColour;
    }

    public void open(Instant now) {
        if (status != RoomStatus.SCHEDULED) {
            throw new IllegalStateException("room " + roomId + " is " + status);
        }
        status = RoomStatus.OPEN;
        openedAt = now;
    }

    public void close(Instant now) {
        status = RoomStatus.CLOSED;
        closedAt = now;
    }
}
