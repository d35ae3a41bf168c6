package pairs.strings;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Logs Objects.toString(speaker, "anonymous") where speaker is the display name. */
public class ObjectsToStringInsecure {

    private static final Logger log = LoggerFactory.getLogger(ObjectsToStringInsecure.class);

    public void logSpeaker(Student student) {
        Object speaker = student.getDisplayName();
        Object place = student.getRoomId();
        log.info("speaker {}", Objects.toString(speaker, "anonymous")); // expect PF003
    }
}
