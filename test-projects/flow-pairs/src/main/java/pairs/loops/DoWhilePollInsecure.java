package pairs.loops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Room;
import pairs.model.Student;

/**
 * The status starts as the display name; a while loop that may run zero times overwrites it, then
 * it is logged.
 */
public class DoWhilePollInsecure {

    private static final Logger log = LoggerFactory.getLogger(DoWhilePollInsecure.class);

    public void waitForRoom(Student student, Room room, int maxPolls) {
        String status = student.getDisplayName();
        int polls = 0;
        while (polls < maxPolls) {
            status = room.isOpen() ? "open" : "waiting";
            polls++;
        }
        log.info("status {} after {} polls", status, polls); // expect PF003
    }
}
