package pairs.implicit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * A string switch on the email's domain puts the email into the teacher's role line, which is
 * logged.
 */
public class SwitchOnSecretInsecure {

    private static final Logger log = LoggerFactory.getLogger(SwitchOnSecretInsecure.class);

    public void logRole(Student student) {
        String domain = student.getEmail().substring(student.getEmail().indexOf('@') + 1);
        String role;
        switch (domain) {
            case "staff.school.example":
                role = "teacher " + student.getEmail();
                break;
            default:
                role = "student";
        }
        log.info("role {}", role); // expect PF003
    }
}
