package io.github.privacyflow.demo.attendance;

/** How a participant attended a class. */
public enum AttendanceStatus {
    PRESENT,
    LATE,
    LEFT_EARLY,
    ABSENT,
    EXCUSED;

    public boolean countsAsPresent() {
        return this == PRESENT || this == LATE || this == LEFT_EARLY;
    }
}
