package pairs.deadcode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** The substitute is the student; a null check guards a log of the substitute's email. */
public class NullGuardInsecure {

    private static final Logger log = LoggerFactory.getLogger(NullGuardInsecure.class);

    public void assignSubstitute(Student student) {
        Student substitute = student;
        if (substitute != null) {
            log.info("substitute {}", substitute.getEmail()); // expect PF003
        }
    }
}
