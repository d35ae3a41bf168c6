package pairs.deadcode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** One retry: the loop body logs the email. */
public class LoopNeverEnteredInsecure {

    private static final Logger log = LoggerFactory.getLogger(LoopNeverEnteredInsecure.class);

    public void resend(Student student) {
        int retries = 1;
        for (int attempt = 0; attempt < retries; attempt++) {
            log.info("retry {} for {}", attempt, student.getEmail()); // expect PF003
        }
    }
}
