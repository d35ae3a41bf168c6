package pairs.deadcode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** leave() calls a private audit method that logs the email. */
public class UnusedPrivateMethodInsecure {

    private static final Logger log = LoggerFactory.getLogger(UnusedPrivateMethodInsecure.class);

    public void leave(Student student) {
        log.info("seat {} left", student.getSeat());
        auditLeave(student);
    }

    private void auditLeave(Student student) {
        log.info("left: {}", student.getEmail()); // expect PF003
    }
}
