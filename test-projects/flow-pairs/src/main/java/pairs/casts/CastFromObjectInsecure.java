package pairs.casts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Room;
import pairs.model.Student;

/** An Object holding a StudentCaption is checked, cast to Caption and its text logged. */
public class CastFromObjectInsecure {

    private static final Logger log = LoggerFactory.getLogger(CastFromObjectInsecure.class);

    public void render(Student student, Room room) {
        Object widget = new StudentCaption(student);
        if (widget instanceof Caption) {
            log.info("widget {}", ((Caption) widget).text()); // expect PF003
        }
    }
}
