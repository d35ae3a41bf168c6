package pairs.booleans;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Logs !student.isCameraOn() (javac compiles the negation to a branch). */
public class NegationInsecure {

    private static final Logger log = LoggerFactory.getLogger(NegationInsecure.class);

    public void audit(Student student) {
        boolean audioOnly = !student.isCameraOn();
        log.info("audio only: {}", audioOnly); // expect PF003
    }
}
