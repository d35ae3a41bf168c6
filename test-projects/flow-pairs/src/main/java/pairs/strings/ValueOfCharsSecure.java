package pairs.strings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Secure twin of {@link ValueOfCharsInsecure}: logs String.valueOf of the array's length. */
public class ValueOfCharsSecure {

    private static final Logger log = LoggerFactory.getLogger(ValueOfCharsSecure.class);

    public void logAddress(Student student) {
        char[] chars = student.getEmail().toCharArray();
        log.info("address {}", String.valueOf(chars.length));
    }
}
