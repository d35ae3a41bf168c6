package pairs.booleans;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Room;
import pairs.model.Student;

/**
 * Secure twin of {@link BooleanReturnedInsecure}: the helper's result only decides whether a line
 * with the room id is logged.
 */
public class BooleanReturnedSecure {

    private static final Logger log = LoggerFactory.getLogger(BooleanReturnedSecure.class);

    public void audit(Student student, Room room) {
        if (mayRecordVideo(student, room)) {
            log.info("recording video in {}", room.getRoomId());
        }
    }

    private static boolean mayRecordVideo(Student student, Room room) {
        return room.isRecorded() && student.isCameraOn();
    }
}
