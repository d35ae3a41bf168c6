package pairs.heap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link NestedAliasInsecure}: the preview tile gets a badge object of its own, so
 * the name written to the speaker's badge is not in the preview's.
 */
public class NestedAliasSecure {

    private static final Logger log = LoggerFactory.getLogger(NestedAliasSecure.class);

    public void drawPreview(Student student) {
        Tile speaker = new Tile();
        Tile preview = new Tile();
        speaker.badge = new Badge();
        preview.badge = new Badge();
        preview.badge.label = "Preview";
        speaker.badge.label = student.getDisplayName();
        log.info("preview shows {}", preview.badge.label);
    }
}
