package io.github.privacyflow.flows.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A live classroom. It describes the lesson, not the people in it: nothing here is personal. */
@Entity
@Table(name = "room")
public class Room {

    @Id
    @GeneratedValue
    private Long id;

    private String roomId;

    private String courseTitle;

    private int capacity;

    protected Room() {
    }

    public Room(String roomId, String courseTitle, int capacity) {
        this.roomId = roomId;
        this.courseTitle = courseTitle;
        this.capacity = capacity;
    }

    public Long getId() {
        return id;
    }

    public String getRoomId() {
        return roomId;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public int getCapacity() {
        return capacity;
    }
}
