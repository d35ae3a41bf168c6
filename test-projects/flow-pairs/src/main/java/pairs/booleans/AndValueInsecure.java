package pairs.booleans;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Room;
import pairs.model.Student;

/**
 * Logs the value of room.isRecorded() && student.isCameraOn(): the camera state is in the logged
 * boolean (javac compiles && to branches).
 */
public class AndValueInsecure {

    private static final Logger log = LoggerFactory.getLogger(AndValueInsecure.class);

    public void audit(Student student, Room room) {
        boolean recordingFace = room.isRecorded() && student.isCameraOn();
        log.info("recording a face: {}", recordingFace); // expect PF003
    }
}
