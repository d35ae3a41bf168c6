package pairs.deadcode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link NullGuardInsecure}: the substitute is null, so the guarded log never runs.
 */
public class NullGuardSecure {

    private static final Logger log = LoggerFactory.getLogger(NullGuardSecure.class);

    public void assignSubstitute(Student student) {
        Student substitute = null;
        if (substitute != null) {
            log.info("substitute {}", substitute.getEmail());
        }
    }
}
