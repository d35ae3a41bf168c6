package pairs.strings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Logs String.valueOf(char[]) of the email's characters. */
public class ValueOfCharsInsecure {

    private static final Logger log = LoggerFactory.getLogger(ValueOfCharsInsecure.class);

    public void logAddress(Student student) {
        char[] chars = student.getEmail().toCharArray();
        log.info("address {}", String.valueOf(chars)); // expect PF003
    }
}
