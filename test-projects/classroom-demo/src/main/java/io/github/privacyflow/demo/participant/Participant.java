package io.github.privacyflow.demo.participant;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Retain;
import io.github.privacyflow.annotations.Sensitive;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person's presence in one room. Rows are deleted 180 days after the class. */
@Entity
@Table(name = "participant")
@Retain(days = 180)
public class Participant {

    @Id
    @GeneratedValue
    private Long id;

    private String roomId;

    @PersonalData(category = "user-interaction")
    private String displayName;

    private String email; // expect PF002

    @PersonalData(category = "user-interaction")
    private String ipAddress;

    @Sensitive(kind = "health")
    private String accessibilityNeeds; // expect PF001

    @Enumerated(EnumType.STRING)
    private ParticipantRole role;

    private Instant joinedAt;

    private Instant leftAt;

    private boolean handRaised;

    protected Participant() {
    }

    public Participant(String roomId, String displayName, String email, String ipAddress, ParticipantRole role,
            Instant joinedAt) {
        this.roomId = roomId;
        this.displayName = displayName;
        this.email = email;
        this.ipAddress = ipAddress;
        this.role = role;
        this.joinedAt = joinedAt;
    }

    public Long getId() {
        return id;
    }

    public String getRoomId() {
        return roomId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public String getAccessibilityNeeds() {
        return accessibilityNeeds;
    }

    public void setAccessibilityNeeds(String accessibilityNeeds) {
        this.accessibilityNeeds = accessibilityNeeds;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public void leave(Instant now) {
        this.leftAt = now;
        this.handRaised = false;
    }

    public boolean isHandRaised() {
        return handRaised;
    }

    public void setHandRaised(boolean handRaised) {
        this.handRaised = handRaised;
    }
}
