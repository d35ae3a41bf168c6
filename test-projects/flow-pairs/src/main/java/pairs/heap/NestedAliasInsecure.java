package pairs.heap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * The preview tile shows the speaker's badge object (an alias in a nested field); the speaker's
 * name written through one tile is logged through the other.
 */
public class NestedAliasInsecure {

    private static final Logger log = LoggerFactory.getLogger(NestedAliasInsecure.class);

    public void drawPreview(Student student) {
        Tile speaker = new Tile();
        Tile preview = new Tile();
        speaker.badge = new Badge();
        preview.badge = speaker.badge;
        preview.badge.label = "Preview";
        speaker.badge.label = student.getDisplayName();
        log.info("preview shows {}", preview.badge.label); // expect PF003
    }
}
