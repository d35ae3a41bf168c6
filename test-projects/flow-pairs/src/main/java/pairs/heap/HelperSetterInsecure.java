package pairs.heap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * A helper method labels two badges, one with the display name and one with a constant; the
 * student's badge is logged.
 */
public class HelperSetterInsecure {

    private static final Logger log = LoggerFactory.getLogger(HelperSetterInsecure.class);

    public void drawTiles(Student student) {
        Badge own = new Badge();
        Badge guest = new Badge();
        label(own, student.getDisplayName());
        label(guest, "Guest");
        log.info("tile label {}", own.label); // expect PF003
    }

    private static void label(Badge badge, String text) {
        badge.label = text;
        badge.colour = "blue";
    }
}
