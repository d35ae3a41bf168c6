package io.github.privacyflow.lombokflows.model;

import io.github.privacyflow.annotations.PersonalData;
import lombok.Builder;
import lombok.Value;

/** A highlight clip cut from a class recording: generated content. */
@PersonalData(category = "generated-content")
@Value
@Builder
public class RecordingClip {

    String roomId;

    String objectKey;

    long seconds;
}
