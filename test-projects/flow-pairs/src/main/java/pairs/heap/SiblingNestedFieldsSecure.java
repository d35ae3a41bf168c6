package pairs.heap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link SiblingNestedFieldsInsecure}: logs lesson.guest.label: same class, same
 * field name label, other path.
 */
public class SiblingNestedFieldsSecure {

    private static final Logger log = LoggerFactory.getLogger(SiblingNestedFieldsSecure.class);

    public void drawLesson(Student student) {
        Lesson lesson = new Lesson();
        lesson.host = new Badge();
        lesson.guest = new Badge();
        lesson.host.label = student.getDisplayName();
        lesson.guest.label = "Guest speaker";
        log.info("badge {}", lesson.guest.label);
    }
}
