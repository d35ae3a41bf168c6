package pairs.deadcode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link SwitchOnConstantInsecure}: the layout is GALLERY: the speaker case cannot
 * run.
 */
public class SwitchOnConstantSecure {

    private static final Logger log = LoggerFactory.getLogger(SwitchOnConstantSecure.class);

    private static final int SPEAKER = 1;

    private static final int GALLERY = 2;

    public void layout(Student student) {
        int layout = GALLERY;
        switch (layout) {
            case SPEAKER:
                log.info("speaker view on {}", student.getDisplayName());
                break;
            case GALLERY:
            default:
                log.info("gallery view in {}", student.getRoomId());
        }
    }
}
