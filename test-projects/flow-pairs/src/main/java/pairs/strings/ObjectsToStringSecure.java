package pairs.strings;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link ObjectsToStringInsecure}: logs Objects.toString of the room id held in
 * another variable.
 */
public class ObjectsToStringSecure {

    private static final Logger log = LoggerFactory.getLogger(ObjectsToStringSecure.class);

    public void logSpeaker(Student student) {
        Object speaker = student.getDisplayName();
        Object place = student.getRoomId();
        log.info("speaker {}", Objects.toString(place, "anonymous"));
    }
}
