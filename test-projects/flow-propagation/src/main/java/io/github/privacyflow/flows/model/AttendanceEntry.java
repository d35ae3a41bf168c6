package io.github.privacyflow.flows.model;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Retain;

/** How long one person stayed in one lesson; rows are kept 90 days. */
@Retain(days = 90)
public record AttendanceEntry(
        @PersonalData(category = "user-interaction") String nickname,
        String roomId,
        int minutesPresent) {
}
