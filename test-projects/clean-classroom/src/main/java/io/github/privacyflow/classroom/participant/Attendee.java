package io.github.privacyflow.classroom.participant;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Retain;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person in a classroom. Deleted 180 days after the class, as the agreement allows. */
@Entity
@Table(name = "attendee")
@Retain(days = 180)
public class Attendee {

    @Id
    @GeneratedValue
    private Long id;

    private String roomId;

    @PersonalData(category = "user-interaction")
    private String nickname;

    @PersonalData(category = "user-interaction")
    private String email;

    @PersonalData(category = "user-interaction")
    private String ipAddress;

    private Instant joinedAt;

    protected Attendee() {
    }

    public Attendee(String roomId, String nickname, String email, String ipAddress, Instant joinedAt) {
        this.roomId = roomId;
        this.nickname = nickname;
        this.email = email;
        this.ipAddress = ipAddress;
        this.joinedAt = joinedAt;
    }

    public Long getId() {
        return id;
    }

    public String getRoomId() {
        return roomId;
    }

    public String getNickname() {
        return nickname;
    }

    public String getEmail() {
        return email;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
