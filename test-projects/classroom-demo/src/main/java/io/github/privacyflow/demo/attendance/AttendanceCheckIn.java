package io.github.privacyflow.demo.attendance;

import io.github.privacyflow.annotations.PersonalData;
import java.time.Instant;

/**
 * A check-in to a hybrid class from the mobile app, accepted only inside the campus geofence.
 *
 * @param roomId the class
 * @param participantId who checked in
 * @param gpsLatitude the phone's position
 * @param gpsLongitude the phone's position
 * @param checkedInAt when
 */
public record AttendanceCheckIn(
        String roomId,
        @PersonalData(category = "user-interaction") String participantId,
        double gpsLatitude, // expect PF001
        double gpsLongitude, // expect PF001
        Instant checkedInAt) {

    public AttendanceCheckIn {
        if (gpsLatitude < -90 || gpsLatitude > 90 || gpsLongitude < -180 || gpsLongitude > 180) {
            throw new IllegalArgumentException("not a position on earth");
        }
    }
}
