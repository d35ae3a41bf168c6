package io.github.privacyflow.sinks.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A live classroom: what it is called and how many seats it has. Holds no personal data. */
@Entity
@Table(name = "live_room")
public class LiveRoom {

    @Id
    private String roomId;

    private String title;

    private int seats;

    protected LiveRoom() {
    }

    public LiveRoom(String roomId, String title, int seats) {
        this.roomId = roomId;
        this.title = title;
        this.seats = seats;
    }

    public String getRoomId() {
        return roomId;
    }

    public String getTitle() {
        return title;
    }

    public int getSeats() {
        return seats;
    }
}
