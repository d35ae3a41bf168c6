package org.example.classroom;

/** A live-class room; it holds no personal data, so the check finds nothing. */
public class Room {

    private String roomId;

    private int capacity;

    public String roomId() {
        return roomId;
    }

    public int capacity() {
        return capacity;
    }
}
