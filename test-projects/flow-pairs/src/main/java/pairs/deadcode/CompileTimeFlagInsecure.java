package pairs.deadcode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** A static final TRACE flag is true and guards a log of the email. */
public class CompileTimeFlagInsecure {

    private static final Logger log = LoggerFactory.getLogger(CompileTimeFlagInsecure.class);

    private static final boolean TRACE = true;

    public void join(Student student) {
        if (TRACE) {
            log.info("trace join {}", student.getEmail()); // expect PF003
        }
    }
}
