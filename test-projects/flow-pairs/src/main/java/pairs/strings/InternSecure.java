package pairs.strings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link InternInsecure}: logs the interned room id: intern() keeps each string's
 * own data, the pool does not mix them.
 */
public class InternSecure {

    private static final Logger log = LoggerFactory.getLogger(InternSecure.class);

    public void logCacheKey(Student student) {
        String mailbox = student.getEmail().intern();
        String room = student.getRoomId().intern();
        log.info("cache key {}", room);
    }
}
