package pairs.arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Copies the email into a char array and logs a string of its first three characters. */
public class CharArrayLengthInsecure {

    private static final Logger log = LoggerFactory.getLogger(CharArrayLengthInsecure.class);

    public void logAddress(Student student) {
        char[] chars = student.getEmail().toCharArray();
        log.info("address starts {}", new String(chars, 0, 3)); // expect PF003
    }
}
