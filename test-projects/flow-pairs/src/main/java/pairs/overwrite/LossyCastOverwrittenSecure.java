package pairs.overwrite;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link LossyCastOverwrittenInsecure}: the byte is overwritten with a letter
 * computed from the seat, an unrelated value, before it goes back to char.
 */
public class LossyCastOverwrittenSecure {

    private static final Logger log = LoggerFactory.getLogger(LossyCastOverwrittenSecure.class);

    public void logInitial(Student student) {
        byte code = (byte) student.getDisplayName().charAt(0);
        code = (byte) ('A' + student.getSeat() % 26);
        char initial = (char) code;
        log.info("initial {}", initial);
    }
}
