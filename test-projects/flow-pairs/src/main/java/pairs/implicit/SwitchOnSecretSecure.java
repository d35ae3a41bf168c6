package pairs.implicit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Secure twin of {@link SwitchOnSecretInsecure}: the switch assigns constants only. */
public class SwitchOnSecretSecure {

    private static final Logger log = LoggerFactory.getLogger(SwitchOnSecretSecure.class);

    public void logRole(Student student) {
        String domain = student.getEmail().substring(student.getEmail().indexOf('@') + 1);
        String role;
        switch (domain) {
            case "staff.school.example":
                role = "teacher";
                break;
            default:
                role = "student";
        }
        log.info("role {}", role);
    }
}
