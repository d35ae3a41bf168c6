package pairs.implicit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link BranchOnEmailDomainInsecure}: branches on the email's domain alone and
 * logs the room id: implicit only.
 */
public class BranchOnEmailDomainSecure {

    private static final Logger log = LoggerFactory.getLogger(BranchOnEmailDomainSecure.class);

    public void announce(Student student) {
        if (student.getEmail().endsWith("@staff.school.example")) {
            log.info("a staff member joined {}", student.getRoomId());
        }
    }
}
