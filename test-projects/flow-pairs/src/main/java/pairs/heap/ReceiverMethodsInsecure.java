package pairs.heap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/**
 * Two name tags set through the same setter, one to the display name and one to the room id; the
 * speaker's tag is logged through its getter.
 */
public class ReceiverMethodsInsecure {

    private static final Logger log = LoggerFactory.getLogger(ReceiverMethodsInsecure.class);

    public void labelTiles(Student student) {
        NameTag speaker = new NameTag();
        NameTag door = new NameTag();
        speaker.setText(student.getDisplayName());
        door.setText(student.getRoomId());
        log.info("tag {}", speaker.getText()); // expect PF003
    }
}
