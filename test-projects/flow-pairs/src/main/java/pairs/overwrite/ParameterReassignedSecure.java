package pairs.overwrite;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link ParameterReassignedInsecure}: the helper reassigns the parameter before
 * the log.
 */
public class ParameterReassignedSecure {

    private static final Logger log = LoggerFactory.getLogger(ParameterReassignedSecure.class);

    public void announce(Student student) {
        speak(student.getDisplayName(), student.getSeat());
    }

    private void speak(String who, int seat) {
        who = "seat " + seat;
        log.info("now speaking {}", who);
    }
}
