package pairs.implicit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link EarlyReturnInsecure}: the helper returns one of two constants, chosen by
 * the hand state.
 */
public class EarlyReturnSecure {

    private static final Logger log = LoggerFactory.getLogger(EarlyReturnSecure.class);

    public void prompt(Student student) {
        log.info(promptFor(student));
    }

    private static String promptFor(Student student) {
        if (student.isHandRaised()) {
            return "Go ahead";
        }
        return "Listening";
    }
}
