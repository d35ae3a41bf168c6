package pairs.implicit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link InitialsVersusWordCountInsecure}: counts the words instead, under the same
 * branch: the count depends on the name only through control flow.
 */
public class InitialsVersusWordCountSecure {

    private static final Logger log = LoggerFactory.getLogger(InitialsVersusWordCountSecure.class);

    public void logInitials(Student student) {
        int words = 0;
        for (String word : student.getDisplayName().split(" ")) {
            if (!word.isEmpty()) {
                words++;
            }
        }
        log.info("{} words in the name", words);
    }
}
