package pairs.booleans;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Room;
import pairs.model.Student;

/** A helper returns room.isRecorded() && student.isCameraOn(); the returned boolean is logged. */
public class BooleanReturnedInsecure {

    private static final Logger log = LoggerFactory.getLogger(BooleanReturnedInsecure.class);

    public void audit(Student student, Room room) {
        log.info("may record video: {}", mayRecordVideo(student, room)); // expect PF003
    }

    private static boolean mayRecordVideo(Student student, Room room) {
        return room.isRecorded() && student.isCameraOn();
    }
}
