package io.github.privacyflow.demo.attendance;

/**
 * Counts for one class, as the teacher's dashboard shows them. No individual is named.
 *
 * @param roomId the class
 * @param present participants who attended, late or not
 * @param absent participants who did not come
 * @param excused absences with an excuse
 * @param averageActiveMinutes mean active time of those present
 */
public record AttendanceSummary(
        String roomId,
        int present,
        int absent,
        int excused,
        double averageActiveMinutes) {

    public double attendanceRate() {
        int expected = present + absent + excused;
        return expected == 0 ? 0 : (double) present / expected;
    }
}
