package io.github.privacyflow.demo.attendance;

import io.github.privacyflow.demo.persistence.AttendanceRecordDao;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tracks attendance as participants come and go, and summarises it per class. */
public class AttendanceService {

    private static final Logger log = LoggerFactory.getLogger(AttendanceService.class);

    /** Stored instead of the reason for a medical excuse; the diagnosis itself is not kept. */
    private static final String DIAGNOSIS_PLACEHOLDER = "medical";

    private static final Duration LATE_AFTER = Duration.ofMinutes(10);

    private final AttendanceRecordDao attendanceRecordDao;
    private final Clock clock;

    public AttendanceService(AttendanceRecordDao attendanceRecordDao, Clock clock) {
        this.attendanceRecordDao = attendanceRecordDao;
        this.clock = clock;
    }

    public AttendanceRecord joined(String roomId, String participantId, String studentNumber, Instant classStart) {
        AttendanceRecord record = new AttendanceRecord(roomId, participantId, studentNumber, clock.instant());
        if (Duration.between(classStart, record.getJoinedAt()).compareTo(LATE_AFTER) > 0) {
            record.mark(AttendanceStatus.LATE);
        }
        return attendanceRecordDao.save(record);
    }

    public void left(AttendanceRecord record, Duration active) {
        record.left(clock.instant(), active);
        attendanceRecordDao.update(record);
    }

    public void excuseAbsence(long recordId,
                              String diagnosis) { // expect PF001
        attendanceRecordDao.findById(recordId).ifPresent(record -> {
            record.excuse(diagnosis == null || diagnosis.isBlank() ? "other" : DIAGNOSIS_PLACEHOLDER);
            attendanceRecordDao.update(record);
        });
    }

    public AttendanceSummary summarise(String roomId) {
        List<AttendanceRecord> records = attendanceRecordDao.ofRoom(roomId);
        int present = 0;
        int absent = 0;
        int excused = 0;
        long activeSeconds = 0;
        for (AttendanceRecord record : records) {
            if (record.getStatus().countsAsPresent()) {
                present++;
                activeSeconds += record.getActive().getSeconds();
            } else if (record.getStatus() == AttendanceStatus.EXCUSED) {
                excused++;
            } else {
                absent++;
            }
        }
        double averageMinutes = present == 0 ? 0 : activeSeconds / 60.0 / present;
        log.debug("Room {}: {} present, {} absent, {} excused", roomId, present, absent, excused);
        return new AttendanceSummary(roomId, present, absent, excused, averageMinutes);
    }
}
