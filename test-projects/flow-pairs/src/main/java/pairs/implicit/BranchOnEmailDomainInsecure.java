package pairs.implicit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Branches on the email's domain and, for staff, logs the email itself (explicit). */
public class BranchOnEmailDomainInsecure {

    private static final Logger log = LoggerFactory.getLogger(BranchOnEmailDomainInsecure.class);

    public void announce(Student student) {
        if (student.getEmail().endsWith("@staff.school.example")) {
            log.info("staff member {} joined", student.getEmail()); // expect PF003
        }
    }
}
