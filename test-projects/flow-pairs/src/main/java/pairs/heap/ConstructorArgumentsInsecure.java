package pairs.heap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/**
 * Two name tags built by the same constructor, the student's from the display name and the
 * teacher's from a constant; the student's is logged.
 */
public class ConstructorArgumentsInsecure {

    private static final Logger log = LoggerFactory.getLogger(ConstructorArgumentsInsecure.class);

    public void labelTiles(Student student) {
        NameTag own = new NameTag(student.getDisplayName(), student.getRoomId());
        NameTag teacher = new NameTag("Teacher", student.getRoomId());
        log.info("tag {}", own.getText()); // expect PF003
    }
}
