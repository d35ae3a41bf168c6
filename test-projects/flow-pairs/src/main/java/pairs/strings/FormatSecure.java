package pairs.strings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Secure twin of {@link FormatInsecure}: logs the seat line. */
public class FormatSecure {

    private static final Logger log = LoggerFactory.getLogger(FormatSecure.class);

    public void logInvitation(Student student) {
        String invitation = String.format("%s is invited to %s", student.getEmail(), student.getRoomId());
        String seatLine = String.format("seat %d in %s", student.getSeat(), student.getRoomId());
        log.info(seatLine);
    }
}
