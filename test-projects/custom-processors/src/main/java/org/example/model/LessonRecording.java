package org.example.model;

import io.github.privacyflow.annotations.PersonalData;

@PersonalData(category = "generated-content")
public class LessonRecording {

    private final String shareLink;

    public LessonRecording(String shareLink) {
        this.shareLink = shareLink;
    }

    public String getShareLink() {
        return shareLink;
    }
}
