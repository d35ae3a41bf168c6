package pairs.strings;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * A StringBuilder starts with the email, which is queued for mail; then " joined " and the room id
 * are appended and the line is logged.
 */
public class BuilderResetInsecure {

    private static final Logger log = LoggerFactory.getLogger(BuilderResetInsecure.class);

    private final List<String> mailQueue = new ArrayList<>();

    public void logJoin(Student student) {
        StringBuilder line = new StringBuilder(student.getEmail());
        mailQueue.add(line.toString());
        line.append(" joined ").append(student.getRoomId());
        log.info(line.toString()); // expect PF003
    }
}
