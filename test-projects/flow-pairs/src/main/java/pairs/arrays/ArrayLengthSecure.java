package pairs.arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Secure twin of {@link ArrayLengthInsecure}: logs words.length. */
public class ArrayLengthSecure {

    private static final Logger log = LoggerFactory.getLogger(ArrayLengthSecure.class);

    public void logName(Student student) {
        String[] words = student.getDisplayName().split(" ");
        log.info("{} words", words.length);
    }
}
