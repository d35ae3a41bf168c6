package pairs.deadcode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link UnusedPrivateMethodInsecure}: leave() does not call it: the private method
 * has no caller and cannot run.
 */
public class UnusedPrivateMethodSecure {

    private static final Logger log = LoggerFactory.getLogger(UnusedPrivateMethodSecure.class);

    public void leave(Student student) {
        log.info("seat {} left", student.getSeat());
    }

    private void auditLeave(Student student) {
        log.info("left: {}", student.getEmail());
    }
}
