package pairs.collections;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/** Puts the front-row students' name tags in an array and logs row[0].getText(). */
public class ArrayOfObjectsInsecure {

    private static final Logger log = LoggerFactory.getLogger(ArrayOfObjectsInsecure.class);

    public void logFrontRow(Student left, Student right) {
        NameTag[] row = {new NameTag(left.getDisplayName(), left.getRoomId()), new NameTag(right.getDisplayName(), right.getRoomId())};
        log.info("front row starts with {}", row[0].getText()); // expect PF003
    }
}
