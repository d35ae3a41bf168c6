package io.github.privacyflow.demo.recording;

/** Container formats the recorder writes. */
public enum RecordingFormat {
    MP4("video/mp4", ".mp4"),
    WEBM("video/webm", ".webm"),
    M4A("audio/mp4", ".m4a");

    private final String mimeType;
    private final String extension;

    RecordingFormat(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }

    public boolean hasVideo() {
        return mimeType.startsWith("video/");
    }
}
