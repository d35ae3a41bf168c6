package pairs.strings;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link BuilderResetInsecure}: setLength(0) clears the builder before the log line
 * is built.
 */
public class BuilderResetSecure {

    private static final Logger log = LoggerFactory.getLogger(BuilderResetSecure.class);

    private final List<String> mailQueue = new ArrayList<>();

    public void logJoin(Student student) {
        StringBuilder line = new StringBuilder(student.getEmail());
        mailQueue.add(line.toString());
        line.setLength(0);
        line.append(" joined ").append(student.getRoomId());
        log.info(line.toString());
    }
}
