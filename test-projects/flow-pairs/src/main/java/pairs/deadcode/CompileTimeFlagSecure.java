package pairs.deadcode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link CompileTimeFlagInsecure}: TRACE is false: a compile-time constant, so
 * javac drops the guarded call.
 */
public class CompileTimeFlagSecure {

    private static final Logger log = LoggerFactory.getLogger(CompileTimeFlagSecure.class);

    private static final boolean TRACE = false;

    public void join(Student student) {
        if (TRACE) {
            log.info("trace join {}", student.getEmail());
        }
    }
}
