package pairs.arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Secure twin of {@link CharArrayLengthInsecure}: logs the char array's length. */
public class CharArrayLengthSecure {

    private static final Logger log = LoggerFactory.getLogger(CharArrayLengthSecure.class);

    public void logAddress(Student student) {
        char[] chars = student.getEmail().toCharArray();
        log.info("address length {}", chars.length);
    }
}
