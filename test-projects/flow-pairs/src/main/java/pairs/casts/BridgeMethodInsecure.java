package pairs.casts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Room;
import pairs.model.Student;

/**
 * Calls Formatter<Student>.format through its bridge method on a StudentFormatter and logs the
 * result.
 */
public class BridgeMethodInsecure {

    private static final Logger log = LoggerFactory.getLogger(BridgeMethodInsecure.class);

    public void logActivity(Student student, Room room) {
        Formatter<Student> formatter = new StudentFormatter();
        log.info("activity {}", formatter.format(student)); // expect PF003
    }
}
