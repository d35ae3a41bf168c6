package pairs.heap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link HelperSetterInsecure}: logs the badge the helper labelled with the
 * constant.
 */
public class HelperSetterSecure {

    private static final Logger log = LoggerFactory.getLogger(HelperSetterSecure.class);

    public void drawTiles(Student student) {
        Badge own = new Badge();
        Badge guest = new Badge();
        label(own, student.getDisplayName());
        label(guest, "Guest");
        log.info("tile label {}", guest.label);
    }

    private static void label(Badge badge, String text) {
        badge.label = text;
        badge.colour = "blue";
    }
}
