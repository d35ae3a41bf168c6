package pairs.overwrite;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * The display name's first character goes to byte and back to char, and the initial is logged: the
 * casts keep it.
 */
public class LossyCastOverwrittenInsecure {

    private static final Logger log = LoggerFactory.getLogger(LossyCastOverwrittenInsecure.class);

    public void logInitial(Student student) {
        byte code = (byte) student.getDisplayName().charAt(0);
        char initial = (char) code;
        log.info("initial {}", initial); // expect PF003
    }
}
