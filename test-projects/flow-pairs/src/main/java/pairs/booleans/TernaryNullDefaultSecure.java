package pairs.booleans;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link TernaryNullDefaultInsecure}: the ternary's arms are both constants: which
 * one is chosen depends on the name, an implicit flow only.
 */
public class TernaryNullDefaultSecure {

    private static final Logger log = LoggerFactory.getLogger(TernaryNullDefaultSecure.class);

    public void greet(Student student) {
        String greeting = student.getDisplayName() != null ? "Welcome back" : "Welcome, guest";
        log.info(greeting);
    }
}
