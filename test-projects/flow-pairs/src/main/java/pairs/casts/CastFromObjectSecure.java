package pairs.casts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Room;
import pairs.model.Student;

/** Secure twin of {@link CastFromObjectInsecure}: the Object holds a RoomCaption. */
public class CastFromObjectSecure {

    private static final Logger log = LoggerFactory.getLogger(CastFromObjectSecure.class);

    public void render(Student student, Room room) {
        Object widget = new RoomCaption(room);
        if (widget instanceof Caption) {
            log.info("widget {}", ((Caption) widget).text());
        }
    }
}
