package pairs.heap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/**
 * Secure twin of {@link ReceiverMethodsInsecure}: logs the door tag: the setter and getter run on
 * a different receiver.
 */
public class ReceiverMethodsSecure {

    private static final Logger log = LoggerFactory.getLogger(ReceiverMethodsSecure.class);

    public void labelTiles(Student student) {
        NameTag speaker = new NameTag();
        NameTag door = new NameTag();
        speaker.setText(student.getDisplayName());
        door.setText(student.getRoomId());
        log.info("tag {}", door.getText());
    }
}
