package io.github.privacyflow.demo.room;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Retain;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A participant raised a hand; the teacher's participation statistics count them. */
@Entity
@Table(name = "hand_raise_event")
@Retain(days = 90)
public class HandRaiseEvent {

    @Id
    @GeneratedValue
    private Long id;

    private String roomId;

    @PersonalData(category = "user-interaction")
    private String participantId;

    private Instant raisedAt;

    private Instant loweredAt;

    private boolean answered;

    protected HandRaiseEvent() {
    }

    public HandRaiseEvent(String roomId, String participantId, Instant raisedAt) {
        this.roomId = roomId;
        this.participantId = participantId;
        this.raisedAt = raisedAt;
    }

    public Long getId() {
        return id;
    }

    public String getRoomId() {
        return roomId;
    }

    public String getParticipantId() {
        return participantId;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public void lower(Instant now, boolean wasAnswered) {
        this.loweredAt = now;
        this.answered = wasAnswered;
    }

    public Duration waited() {
        return loweredAt == null ? Duration.ZERO : Duration.between(raisedAt, loweredAt);
    }

    public boolean isAnswered() {
        return answered;
    }
}
