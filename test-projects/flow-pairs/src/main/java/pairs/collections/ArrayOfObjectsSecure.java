package pairs.collections;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/** Secure twin of {@link ArrayOfObjectsInsecure}: logs row[0].getRoom(). */
public class ArrayOfObjectsSecure {

    private static final Logger log = LoggerFactory.getLogger(ArrayOfObjectsSecure.class);

    public void logFrontRow(Student left, Student right) {
        NameTag[] row = {new NameTag(left.getDisplayName(), left.getRoomId()), new NameTag(right.getDisplayName(), right.getRoomId())};
        log.info("front row starts with {}", row[0].getRoom());
    }
}
