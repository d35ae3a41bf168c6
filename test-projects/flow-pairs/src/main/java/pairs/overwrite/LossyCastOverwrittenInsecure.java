package pairs.overwrite;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * The email's hash code, cast to byte, is logged as a mailbox shard: a pseudonymous identifier
 * derived from the email.
 */
public class LossyCastOverwrittenInsecure {

    private static final Logger log = LoggerFactory.getLogger(LossyCastOverwrittenInsecure.class);

    public void logShard(Student student) {
        byte shard = (byte) student.getEmail().hashCode();
        log.info("mailbox shard {}", shard); // expect PF003
    }
}
