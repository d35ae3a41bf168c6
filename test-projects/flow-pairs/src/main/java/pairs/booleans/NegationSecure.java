package pairs.booleans;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link NegationInsecure}: the negation only guards a log line with the room id.
 */
public class NegationSecure {

    private static final Logger log = LoggerFactory.getLogger(NegationSecure.class);

    public void audit(Student student) {
        if (!student.isCameraOn()) {
            log.info("audio-only seat in {}", student.getRoomId());
        }
    }
}
