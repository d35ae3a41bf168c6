package pairs.loops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Room;
import pairs.model.Student;

/**
 * Secure twin of {@link DoWhilePollInsecure}: a do-while loop: the body runs at least once, so the
 * status is always overwritten before the log.
 */
public class DoWhilePollSecure {

    private static final Logger log = LoggerFactory.getLogger(DoWhilePollSecure.class);

    public void waitForRoom(Student student, Room room, int maxPolls) {
        String status = student.getDisplayName();
        int polls = 0;
        do {
            status = room.isOpen() ? "open" : "waiting";
            polls++;
        } while (polls < maxPolls);
        log.info("status {} after {} polls", status, polls);
    }
}
