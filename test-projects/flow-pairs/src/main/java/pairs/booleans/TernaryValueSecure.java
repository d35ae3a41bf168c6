package pairs.booleans;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Room;
import pairs.model.Student;

/**
 * Secure twin of {@link TernaryValueInsecure}: the ternary's arm is the room title; only the
 * room's flag decides.
 */
public class TernaryValueSecure {

    private static final Logger log = LoggerFactory.getLogger(TernaryValueSecure.class);

    public void caption(Student student, Room room) {
        String caption = room.isRecorded() ? room.getTitle() : "Live";
        log.info("caption {}", caption);
    }
}
