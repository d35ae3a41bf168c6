package pairs.booleans;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link OrValueInsecure}: uses the same || only as an if condition and logs the
 * room id.
 */
public class OrValueSecure {

    private static final Logger log = LoggerFactory.getLogger(OrValueSecure.class);

    public void audit(Student student) {
        if (student.isCameraOn() || student.isHandRaised()) {
            log.info("someone is visible in {}", student.getRoomId());
        }
    }
}
