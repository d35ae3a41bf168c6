package pairs.implicit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * A helper returns "Go ahead, " + the display name when the hand is raised; its result is logged.
 */
public class EarlyReturnInsecure {

    private static final Logger log = LoggerFactory.getLogger(EarlyReturnInsecure.class);

    public void prompt(Student student) {
        log.info(promptFor(student)); // expect PF003
    }

    private static String promptFor(Student student) {
        if (student.isHandRaised()) {
            return "Go ahead, " + student.getDisplayName();
        }
        return "Listening";
    }
}
