package pairs.overwrite;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link LossyCastOverwrittenInsecure}: the byte is then overwritten through an
 * unrelated value (the seat) before the log.
 */
public class LossyCastOverwrittenSecure {

    private static final Logger log = LoggerFactory.getLogger(LossyCastOverwrittenSecure.class);

    public void logShard(Student student) {
        byte shard = (byte) student.getEmail().hashCode();
        shard = (byte) student.getSeat();
        log.info("mailbox shard {}", shard);
    }
}
