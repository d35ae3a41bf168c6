package pairs.arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Splits the display name into words and logs the first word. */
public class ArrayLengthInsecure {

    private static final Logger log = LoggerFactory.getLogger(ArrayLengthInsecure.class);

    public void logName(Student student) {
        String[] words = student.getDisplayName().split(" ");
        log.info("first word {}", words[0]); // expect PF003
    }
}
