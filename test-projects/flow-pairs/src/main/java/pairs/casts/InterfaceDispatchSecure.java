package pairs.casts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Room;
import pairs.model.Student;

/**
 * Secure twin of {@link InterfaceDispatchInsecure}: the variable holds a RoomCaption (text() is
 * the room title).
 */
public class InterfaceDispatchSecure {

    private static final Logger log = LoggerFactory.getLogger(InterfaceDispatchSecure.class);

    public void render(Student student, Room room) {
        Caption caption = new RoomCaption(room);
        log.info("caption {}", caption.text());
    }
}
