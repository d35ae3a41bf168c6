package pairs.strings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Two StringBuilders, one started with the email and one with the room id; the first is logged.
 */
public class TwoBuildersInsecure {

    private static final Logger log = LoggerFactory.getLogger(TwoBuildersInsecure.class);

    public void logLines(Student student) {
        StringBuilder address = new StringBuilder(student.getEmail());
        StringBuilder room = new StringBuilder(student.getRoomId());
        address.append(" (student)");
        room.append(" (room)");
        log.info(address.toString()); // expect PF003
    }
}
