package pairs.loops;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link ReusedLineVariableInsecure}: each iteration overwrites the line with the
 * seat after queueing it and before the log.
 */
public class ReusedLineVariableSecure {

    private static final Logger log = LoggerFactory.getLogger(ReusedLineVariableSecure.class);

    private final List<String> mailQueue = new ArrayList<>();

    public void invite(List<Student> roster) {
        for (Student student : roster) {
            String line = student.getEmail();
            mailQueue.add(line);
            line = "seat " + student.getSeat() + " invited";
            log.info(line);
        }
    }
}
