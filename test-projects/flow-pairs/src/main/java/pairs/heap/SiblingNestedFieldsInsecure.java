package pairs.heap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * A lesson holds the host's and the guest's badge in two fields; the host badge gets the display
 * name and is logged as lesson.host.label.
 */
public class SiblingNestedFieldsInsecure {

    private static final Logger log = LoggerFactory.getLogger(SiblingNestedFieldsInsecure.class);

    public void drawLesson(Student student) {
        Lesson lesson = new Lesson();
        lesson.host = new Badge();
        lesson.guest = new Badge();
        lesson.host.label = student.getDisplayName();
        lesson.guest.label = "Guest speaker";
        log.info("badge {}", lesson.host.label); // expect PF003
    }
}
