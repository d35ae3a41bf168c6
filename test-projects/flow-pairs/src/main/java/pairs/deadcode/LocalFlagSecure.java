package pairs.deadcode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link LocalFlagInsecure}: the local is hard-wired false; javac keeps the branch,
 * which can never run.
 */
public class LocalFlagSecure {

    private static final Logger log = LoggerFactory.getLogger(LocalFlagSecure.class);

    public void join(Student student) {
        boolean verbose = false;
        if (verbose) {
            log.info("verbose join {}", student.getEmail());
        }
    }
}
