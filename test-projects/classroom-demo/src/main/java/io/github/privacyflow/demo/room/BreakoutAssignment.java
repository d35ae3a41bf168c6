package io.github.privacyflow.demo.room;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Which breakout room a participant was sent to. Imported from the teacher's spreadsheet,
 * which identifies participants by e-mail address.
 */
@Entity
@Table(name = "breakout_assignment")
public class BreakoutAssignment { // expect PF006

    @Id
    @GeneratedValue
    private Long id;

    private String roomId;

    private String breakoutRoomName;

    private String participantEmail; // expect PF002

    private Instant assignedAt;

    protected BreakoutAssignment() {
    }

    public BreakoutAssignment(String roomId, String breakoutRoomName, String participantEmail, Instant assignedAt) {
        this.roomId = roomId;
        this.breakoutRoomName = breakoutRoomName;
        this.participantEmail = participantEmail;
        this.assignedAt = assignedAt;
    }

    public String getRoomId() {
        return roomId;
    }

    public String getBreakoutRoomName() {
        return breakoutRoomName;
    }

    public String getParticipantEmail() {
        return participantEmail;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
