package pairs.heap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Draws the student's badge and a guest badge, two distinct objects, and logs the student's badge
 * label: the display name reaches the log.
 */
public class DistinctObjectsInsecure {

    private static final Logger log = LoggerFactory.getLogger(DistinctObjectsInsecure.class);

    public void drawTiles(Student student) {
        Badge own = new Badge();
        Badge guest = new Badge();
        own.label = student.getDisplayName();
        guest.label = "Guest";
        log.info("tile label {}", own.label); // expect PF003
    }
}
