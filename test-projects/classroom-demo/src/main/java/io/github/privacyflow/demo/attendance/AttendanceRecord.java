package io.github.privacyflow.demo.attendance;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Retain;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One participant's attendance of one class, kept for the school year's report. */
@Entity
@Table(name = "attendance_record")
@Retain(days = 365) // expect PF007
public class AttendanceRecord { // expect PF010

    @Id
    @GeneratedValue
    private Long id;

    private String roomId;

    @PersonalData(category = "user-interaction")
    private String participantId;

    private String studentNumber; // expect PF002

    private Instant joinedAt;

    private Instant leftAt;

    private long activeSeconds;

    @Enumerated(EnumType.STRING)
    private AttendanceStatus status = AttendanceStatus.PRESENT;

    private String excuseReason;

    protected AttendanceRecord() {
    }

    public AttendanceRecord(String roomId, String participantId, String studentNumber, Instant joinedAt) {
        this.roomId = roomId;
        this.participantId = participantId;
        this.studentNumber = studentNumber;
        this.joinedAt = joinedAt;
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

    public String getStudentNumber() {
        return studentNumber;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public Duration getActive() {
        return Duration.ofSeconds(activeSeconds);
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public String getExcuseReason() {
        return excuseReason;
    }

    public void left(Instant now, Duration active) {
        this.leftAt = now;
        this.activeSeconds = active.getSeconds();
    }

    public void mark(AttendanceStatus newStatus) {
        this.status = newStatus;
    }

    public void excuse(String reason) {
        this.status = AttendanceStatus.EXCUSED;
        this.excuseReason = reason;
    }
}
