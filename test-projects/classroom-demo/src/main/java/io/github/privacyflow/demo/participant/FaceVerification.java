package io.github.privacyflow.demo.participant;

import io.github.privacyflow.annotations.Sensitive;
import java.time.Instant;

/**
 * Result of the webcam identity check before a proctored exam: the participant's face is
 * matched against the enrolment photo.
 *
 * @param participantId who was checked
 * @param faceprintHash the face template the match was computed from
 * @param matchScore similarity between 0 and 1
 * @param verifiedAt when the check ran
 */
@Sensitive(kind = "biometric")
public record FaceVerification( // expect PF001
        String participantId,
        String faceprintHash,
        double matchScore,
        Instant verifiedAt) {

    public static final double THRESHOLD = 0.82;

    public boolean passed() {
        return matchScore >= THRESHOLD;
    }
}
