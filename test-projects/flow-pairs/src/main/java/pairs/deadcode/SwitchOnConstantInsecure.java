package pairs.deadcode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** The layout is SPEAKER, so the switch logs the display name. */
public class SwitchOnConstantInsecure {

    private static final Logger log = LoggerFactory.getLogger(SwitchOnConstantInsecure.class);

    private static final int SPEAKER = 1;

    private static final int GALLERY = 2;

    public void layout(Student student) {
        int layout = SPEAKER;
        switch (layout) {
            case SPEAKER:
                log.info("speaker view on {}", student.getDisplayName()); // expect PF003
                break;
            case GALLERY:
            default:
                log.info("gallery view in {}", student.getRoomId());
        }
    }
}
