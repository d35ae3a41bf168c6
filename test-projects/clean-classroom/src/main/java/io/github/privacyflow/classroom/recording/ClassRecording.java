package io.github.privacyflow.classroom.recording;

import io.github.privacyflow.annotations.NotPersonalData;
import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Retain;
import java.time.Instant;

/**
 * An audio/video recording of a class, kept in Cloud Object Storage until the customer deletes
 * it.
 *
 * @param roomId the classroom
 * @param objectKey where it is stored
 * @param media the encoded file
 * @param startedAt when the recording began
 */
@PersonalData(category = "generated-content")
@Retain(untilDeleted = true)
public record ClassRecording(
        @NotPersonalData(reason = "the room a recording belongs to; the audio and video are the generated content")
        String roomId,
        String objectKey,
        byte[] media,
        Instant startedAt) {
}
