package pairs.loops;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Room;
import pairs.model.Student;

/**
 * Secure twin of {@link LogBeforeOverwriteInsecure}: each iteration sets the caption before
 * logging it: the name is overwritten on every iteration before the sink.
 */
public class LogBeforeOverwriteSecure {

    private static final Logger log = LoggerFactory.getLogger(LogBeforeOverwriteSecure.class);

    public void captionRooms(Student student, List<Room> rooms) {
        String caption = student.getDisplayName();
        for (Room room : rooms) {
            caption = room.getTitle();
            log.info("caption {}", caption);
        }
    }
}
