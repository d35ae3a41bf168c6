package pairs.loops;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Room;
import pairs.model.Student;

/**
 * The caption starts as the display name; each iteration logs it, then sets it to a room title, so
 * the first iteration logs the name.
 */
public class LogBeforeOverwriteInsecure {

    private static final Logger log = LoggerFactory.getLogger(LogBeforeOverwriteInsecure.class);

    public void captionRooms(Student student, List<Room> rooms) {
        String caption = student.getDisplayName();
        for (Room room : rooms) {
            log.info("caption {}", caption); // expect PF003
            caption = room.getTitle();
        }
    }
}
