package io.github.privacyflow.classroom.participant;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Retain;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The demo's AttendanceRecord kept as long as the agreement allows, with a way to delete it (AttendanceRecords). */
@Entity
@Table(name = "attendance_record")
@Retain(days = 180) // clean twin of classroom-demo/AttendanceRecord.java: PF007
public class AttendanceRecord { // clean twin of classroom-demo/AttendanceRecord.java: PF010

    @Id
    @GeneratedValue
    private Long id;

    private String roomId;

    @PersonalData(category = "user-interaction")
    private String participantId;

    private Instant joinedAt;

    protected AttendanceRecord() {
    }

    public AttendanceRecord(String roomId, String participantId, Instant joinedAt) {
        this.roomId = roomId;
        this.participantId = participantId;
        this.joinedAt = joinedAt;
    }

    public String getRoomId() {
        return roomId;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
