package io.github.privacyflow.flows.model;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Retain;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person's seat in one live room. Rows are deleted 30 days after the class. */
@Entity
@Table(name = "participant")
@Retain(days = 30)
public class Participant {

    @Id
    @GeneratedValue
    private Long id;

    private String roomId;

    @PersonalData(category = "user-interaction")
    private String email;

    @PersonalData(category = "user-interaction")
    private String nickname;

    @PersonalData(category = "user-interaction")
    private String ipAddress;

    @Enumerated(EnumType.STRING)
    private ParticipantRole role;

    private int handRaises;

    private boolean muted;

    protected Participant() {
    }

    public Participant(String roomId, String email, String nickname, String ipAddress, ParticipantRole role) {
        this.roomId = roomId;
        this.email = email;
        this.nickname = nickname;
        this.ipAddress = ipAddress;
        this.role = role;
    }

    public Long getId() {
        return id;
    }

    public String getRoomId() {
        return roomId;
    }

    public String getEmail() {
        return email;
    }

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public int getHandRaises() {
        return handRaises;
    }

    public void raiseHand() {
        handRaises++;
    }

    public boolean isMuted() {
        return muted;
    }

    public void setMuted(boolean muted) {
        this.muted = muted;
    }
}
