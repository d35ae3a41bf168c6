package pairs.overwrite;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** A helper receives the display name as a parameter and logs it. */
public class ParameterReassignedInsecure {

    private static final Logger log = LoggerFactory.getLogger(ParameterReassignedInsecure.class);

    public void announce(Student student) {
        speak(student.getDisplayName(), student.getSeat());
    }

    private void speak(String who, int seat) {
        log.info("now speaking {}", who); // expect PF003
    }
}
