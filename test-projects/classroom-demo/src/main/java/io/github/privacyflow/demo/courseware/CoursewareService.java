package io.github.privacyflow.demo.courseware;

import io.github.privacyflow.demo.recording.ObjectStorageClient;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Uploads lesson documents and registers their converted pages. */
public class CoursewareService {

    private static final Logger log = LoggerFactory.getLogger(CoursewareService.class);
    private static final long MAX_UPLOAD_BYTES = 200L * 1024 * 1024;

    private final EntityManager em;
    private final ObjectStorageClient storage;
    private final String bucket;
    private final Clock clock;

    public CoursewareService(EntityManager em, ObjectStorageClient storage, String bucket, Clock clock) {
        this.em = em;
        this.storage = storage;
        this.bucket = bucket;
        this.clock = clock;
    }

    public CoursewareDocument upload(String courseId, String lessonId, String courseTitle, String fileName, byte[] content) {
        if (content.length > MAX_UPLOAD_BYTES) {
            throw new IllegalArgumentException(fileName + " is larger than 200 MB");
        }
        DocumentType type = DocumentType.fromFileName(fileName)
                .orElseThrow(() -> new IllegalArgumentException("unsupported document " + fileName));
        String objectKey = "courseware/" + courseId + "/" + lessonId + "/" + fileName;
        storage.putObject(bucket, objectKey, content, "application/octet-stream");
        CoursewareDocument document = new CoursewareDocument(courseId, lessonId, courseTitle, fileName, type, objectKey,
                clock.instant());
        em.persist(document);
        log.info("Uploaded {} ({} bytes) to lesson {}", fileName, content.length, lessonId);
        return document;
    }

    public List<ConvertedPage> registerPages(CoursewareDocument document, List<int[]> pageSizes) {
        List<ConvertedPage> pages = new ArrayList<>();
        for (int i = 0; i < pageSizes.size(); i++) {
            int[] size = pageSizes.get(i);
            pages.add(new ConvertedPage(i + 1, document.getObjectKey() + ".page-" + (i + 1) + ".png", size[0], size[1]));
        }
        document.setPageCount(pages.size());
        em.merge(document);
        log.debug("Document {} converted into {} pages", document.getId(), pages.size());
        return pages;
    }
}
