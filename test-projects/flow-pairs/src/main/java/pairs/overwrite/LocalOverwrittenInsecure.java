package pairs.overwrite;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** A local holds the display name and is logged. */
public class LocalOverwrittenInsecure {

    private static final Logger log = LoggerFactory.getLogger(LocalOverwrittenInsecure.class);

    public void drawTile(Student student) {
        String shown = student.getDisplayName();
        log.info("tile {}", shown); // expect PF003
    }
}
