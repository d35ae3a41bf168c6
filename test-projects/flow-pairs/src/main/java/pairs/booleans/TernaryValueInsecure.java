package pairs.booleans;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Room;
import pairs.model.Student;

/** The caption is the display name when the room is recorded (a ternary arm), and is logged. */
public class TernaryValueInsecure {

    private static final Logger log = LoggerFactory.getLogger(TernaryValueInsecure.class);

    public void caption(Student student, Room room) {
        String caption = room.isRecorded() ? student.getDisplayName() : "Live";
        log.info("caption {}", caption); // expect PF003
    }
}
