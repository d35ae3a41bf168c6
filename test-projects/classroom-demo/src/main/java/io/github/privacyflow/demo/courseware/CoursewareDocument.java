package io.github.privacyflow.demo.courseware;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A slide deck or handout attached to a lesson. Course material, not personal data. */
@Entity
@Table(name = "courseware_document")
public class CoursewareDocument {

    @Id
    @GeneratedValue
    private Long id;

    private String courseId;

    private String lessonId;

    private String courseTitle;

    private String fileName;

    @Enumerated(EnumType.STRING)
    private DocumentType type;

    private int pageCount;

    private String objectKey;

    private Instant uploadedAt;

    protected CoursewareDocument() {
    }

    public CoursewareDocument(String courseId, String lessonId, String courseTitle, String fileName, DocumentType type,
            String objectKey, Instant uploadedAt) {
        this.courseId = courseId;
        this.lessonId = lessonId;
        this.courseTitle = courseTitle;
        this.fileName = fileName;
        this.type = type;
        this.objectKey = objectKey;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public String getCourseId() {
        return courseId;
    }

    public String getLessonId() {
        return lessonId;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public String getFileName() {
        return fileName;
    }

    public DocumentType getType() {
        return type;
    }

    public int getPageCount() {
        return pageCount;
    }

    public void setPageCount(int pageCount) {
        this.pageCount = pageCount;
    }

    public String getObjectKey() {
        return objectKey;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
