package pairs.strings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Secure twin of {@link TwoBuildersInsecure}: logs the second builder. */
public class TwoBuildersSecure {

    private static final Logger log = LoggerFactory.getLogger(TwoBuildersSecure.class);

    public void logLines(Student student) {
        StringBuilder address = new StringBuilder(student.getEmail());
        StringBuilder room = new StringBuilder(student.getRoomId());
        address.append(" (student)");
        room.append(" (room)");
        log.info(room.toString());
    }
}
