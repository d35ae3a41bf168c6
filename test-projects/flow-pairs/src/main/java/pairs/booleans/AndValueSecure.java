package pairs.booleans;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Room;
import pairs.model.Student;

/**
 * Secure twin of {@link AndValueInsecure}: uses the same && only as an if condition and logs the
 * room id: an implicit flow, not reported.
 */
public class AndValueSecure {

    private static final Logger log = LoggerFactory.getLogger(AndValueSecure.class);

    public void audit(Student student, Room room) {
        if (room.isRecorded() && student.isCameraOn()) {
            log.info("recording a face in {}", room.getRoomId());
        }
    }
}
