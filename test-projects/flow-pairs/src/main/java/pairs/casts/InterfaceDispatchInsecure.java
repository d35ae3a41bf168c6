package pairs.casts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Room;
import pairs.model.Student;

/**
 * A Caption variable holds a StudentCaption (text() is the display name) and its text is logged.
 */
public class InterfaceDispatchInsecure {

    private static final Logger log = LoggerFactory.getLogger(InterfaceDispatchInsecure.class);

    public void render(Student student, Room room) {
        Caption caption = new StudentCaption(student);
        log.info("caption {}", caption.text()); // expect PF003
    }
}
