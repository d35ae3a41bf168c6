package pairs.deadcode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** A local verbose flag, hard-wired true, guards a log of the email. */
public class LocalFlagInsecure {

    private static final Logger log = LoggerFactory.getLogger(LocalFlagInsecure.class);

    public void join(Student student) {
        boolean verbose = true;
        if (verbose) {
            log.info("verbose join {}", student.getEmail()); // expect PF003
        }
    }
}
