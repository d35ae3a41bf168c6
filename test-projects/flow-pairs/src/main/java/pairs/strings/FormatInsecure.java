package pairs.strings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * String.format builds an invitation with the email and a seat line without it; the invitation is
 * logged.
 */
public class FormatInsecure {

    private static final Logger log = LoggerFactory.getLogger(FormatInsecure.class);

    public void logInvitation(Student student) {
        String invitation = String.format("%s is invited to %s", student.getEmail(), student.getRoomId());
        String seatLine = String.format("seat %d in %s", student.getSeat(), student.getRoomId());
        log.info(invitation); // expect PF003
    }
}
