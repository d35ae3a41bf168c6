package pairs.overwrite;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Room;
import pairs.model.Student;

/** The display name is overwritten in the recorded branch only, and logged. */
public class OverwrittenInBothBranchesInsecure {

    private static final Logger log = LoggerFactory.getLogger(OverwrittenInBothBranchesInsecure.class);

    public void drawTile(Student student, Room room) {
        String shown = student.getDisplayName();
        if (room.isRecorded()) {
            shown = "Recorded seat " + student.getSeat();
        }
        log.info("tile {}", shown); // expect PF003
    }
}
