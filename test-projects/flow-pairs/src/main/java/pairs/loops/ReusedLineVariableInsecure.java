package pairs.loops;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Each iteration puts the email in a line variable, queues it for mail and logs the line. */
public class ReusedLineVariableInsecure {

    private static final Logger log = LoggerFactory.getLogger(ReusedLineVariableInsecure.class);

    private final List<String> mailQueue = new ArrayList<>();

    public void invite(List<Student> roster) {
        for (Student student : roster) {
            String line = student.getEmail();
            mailQueue.add(line);
            log.info(line); // expect PF003
        }
    }
}
