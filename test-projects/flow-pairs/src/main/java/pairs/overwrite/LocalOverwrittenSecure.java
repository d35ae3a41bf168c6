package pairs.overwrite;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link LocalOverwrittenInsecure}: exam mode: the local is overwritten with the
 * seat before the log.
 */
public class LocalOverwrittenSecure {

    private static final Logger log = LoggerFactory.getLogger(LocalOverwrittenSecure.class);

    public void drawTile(Student student) {
        String shown = student.getDisplayName();
        shown = "Seat " + student.getSeat();
        log.info("tile {}", shown);
    }
}
