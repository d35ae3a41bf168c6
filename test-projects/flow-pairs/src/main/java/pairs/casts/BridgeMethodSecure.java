package pairs.casts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Room;
import pairs.model.Student;

/**
 * Secure twin of {@link BridgeMethodInsecure}: calls Formatter<Room>.format on a RoomFormatter
 * with the room: the other implementation behind the same bridge signature.
 */
public class BridgeMethodSecure {

    private static final Logger log = LoggerFactory.getLogger(BridgeMethodSecure.class);

    public void logActivity(Student student, Room room) {
        Formatter<Room> formatter = new RoomFormatter();
        log.info("activity {}", formatter.format(room));
    }
}
