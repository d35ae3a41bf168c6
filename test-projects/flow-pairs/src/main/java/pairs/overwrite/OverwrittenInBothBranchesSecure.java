package pairs.overwrite;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Room;
import pairs.model.Student;

/**
 * Secure twin of {@link OverwrittenInBothBranchesInsecure}: an else branch overwrites the name
 * too, so every path replaces it before the log.
 */
public class OverwrittenInBothBranchesSecure {

    private static final Logger log = LoggerFactory.getLogger(OverwrittenInBothBranchesSecure.class);

    public void drawTile(Student student, Room room) {
        String shown = student.getDisplayName();
        if (room.isRecorded()) {
            shown = "Recorded seat " + student.getSeat();
        } else {
            shown = "Seat " + student.getSeat();
        }
        log.info("tile {}", shown);
    }
}
