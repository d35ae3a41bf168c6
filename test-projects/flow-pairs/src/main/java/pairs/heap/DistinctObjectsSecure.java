package pairs.heap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link DistinctObjectsInsecure}: logs the guest badge's label instead: the name
 * was stored in the other object only.
 */
public class DistinctObjectsSecure {

    private static final Logger log = LoggerFactory.getLogger(DistinctObjectsSecure.class);

    public void drawTiles(Student student) {
        Badge own = new Badge();
        Badge guest = new Badge();
        own.label = student.getDisplayName();
        guest.label = "Guest";
        log.info("tile label {}", guest.label);
    }
}
