package io.github.privacyflow.demo.room;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Retain;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The star rating and comment a participant leaves when a room closes. */
@Entity
@Table(name = "room_feedback")
public class RoomFeedback { // expect PF010

    @Id
    @GeneratedValue
    private Long id;

    private String roomId;

    private int rating;

    @PersonalData(category = "user-interaction")
    @Retain(untilDeleted = true) // expect PF007
    private String comment;

    private Instant submittedAt;

    protected RoomFeedback() {
    }

    public RoomFeedback(String roomId, int rating, String comment, Instant submittedAt) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating must be 1 to 5 stars");
        }
        this.roomId = roomId;
        this.rating = rating;
        this.comment = comment;
        this.submittedAt = submittedAt;
    }

    public Long getId() {
        return id;
    }

    public String getRoomId() {
        return roomId;
    }

    public int getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
