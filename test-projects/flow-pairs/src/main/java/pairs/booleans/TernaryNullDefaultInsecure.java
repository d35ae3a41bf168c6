package pairs.booleans;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Greets with "Welcome back, " + the display name when there is one (a null-default ternary) and
 * logs the greeting.
 */
public class TernaryNullDefaultInsecure {

    private static final Logger log = LoggerFactory.getLogger(TernaryNullDefaultInsecure.class);

    public void greet(Student student) {
        String greeting = student.getDisplayName() != null ? "Welcome back, " + student.getDisplayName() : "Welcome, guest";
        log.info(greeting); // expect PF003
    }
}
