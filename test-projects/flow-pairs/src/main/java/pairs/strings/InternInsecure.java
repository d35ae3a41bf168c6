package pairs.strings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Interns the email and the room id and logs the interned email. */
public class InternInsecure {

    private static final Logger log = LoggerFactory.getLogger(InternInsecure.class);

    public void logCacheKey(Student student) {
        String mailbox = student.getEmail().intern();
        String room = student.getRoomId().intern();
        log.info("cache key {}", mailbox); // expect PF003
    }
}
