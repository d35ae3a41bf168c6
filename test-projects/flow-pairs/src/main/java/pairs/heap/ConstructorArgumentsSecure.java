package pairs.heap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/**
 * Secure twin of {@link ConstructorArgumentsInsecure}: logs the teacher's tag, whose text came
 * from the constant.
 */
public class ConstructorArgumentsSecure {

    private static final Logger log = LoggerFactory.getLogger(ConstructorArgumentsSecure.class);

    public void labelTiles(Student student) {
        NameTag own = new NameTag(student.getDisplayName(), student.getRoomId());
        NameTag teacher = new NameTag("Teacher", student.getRoomId());
        log.info("tag {}", teacher.getText());
    }
}
