package io.github.privacyflow.demo.courseware;

import java.util.Locale;
import java.util.Optional;

/** Document formats the converter accepts. */
public enum DocumentType {
    PDF("pdf"),
    POWERPOINT("pptx"),
    WORD("docx"),
    IMAGE("png");

    private final String extension;

    DocumentType(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Optional<DocumentType> fromFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (DocumentType type : values()) {
            if (lower.endsWith("." + type.extension)) {
                return Optional.of(type);
            }
        }
        return lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? Optional.of(IMAGE) : Optional.empty();
    }
}
