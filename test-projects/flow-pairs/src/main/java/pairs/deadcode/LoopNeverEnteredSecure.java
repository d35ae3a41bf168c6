package pairs.deadcode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link LoopNeverEnteredInsecure}: zero retries: the loop condition is false on
 * entry, so the body never runs.
 */
public class LoopNeverEnteredSecure {

    private static final Logger log = LoggerFactory.getLogger(LoopNeverEnteredSecure.class);

    public void resend(Student student) {
        int retries = 0;
        for (int attempt = 0; attempt < retries; attempt++) {
            log.info("retry {} for {}", attempt, student.getEmail());
        }
    }
}
