package io.github.privacyflow.classroom.room;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A live classroom. Course facts only: who attends is stored in {@code Attendee}. */
@Entity
@Table(name = "classroom")
public class Classroom {

    @Id
    private String roomId;

    private String roomName;

    private String courseTitle;

    @Enumerated(EnumType.STRING)
    private RoomState state = RoomState.SCHEDULED;

    private Instant startsAt;

    private int seats;

    protected Classroom() {
    }

    public Classroom(String roomId, String roomName, String courseTitle, Instant startsAt, int seats) {
        this.roomId = roomId;
        this.roomName = roomName;
        this.courseTitle = courseTitle;
        this.startsAt = startsAt;
        this.seats = seats;
    }

    public String getRoomId() {
        return roomId;
    }

    public String getRoomName() {
        return roomName;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public RoomState getState() {
        return state;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getSeats() {
        return seats;
    }

    public void goLive() {
        state = RoomState.LIVE;
    }

    public void end() {
        state = RoomState.ENDED;
    }
}
