package pairs.implicit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Appends the first character of each word of the display name and logs the initials. */
public class InitialsVersusWordCountInsecure {

    private static final Logger log = LoggerFactory.getLogger(InitialsVersusWordCountInsecure.class);

    public void logInitials(Student student) {
        StringBuilder initials = new StringBuilder();
        for (String word : student.getDisplayName().split(" ")) {
            if (!word.isEmpty()) {
                initials.append(word.charAt(0));
            }
        }
        log.info("initials {}", initials); // expect PF003
    }
}
