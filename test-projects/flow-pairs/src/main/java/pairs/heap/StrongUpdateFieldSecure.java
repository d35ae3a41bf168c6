package pairs.heap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link StrongUpdateFieldInsecure}: exam mode: the label of the fresh badge is
 * overwritten with the seat number before it is logged (a strong update).
 */
public class StrongUpdateFieldSecure {

    private static final Logger log = LoggerFactory.getLogger(StrongUpdateFieldSecure.class);

    public void drawExamTile(Student student) {
        Badge badge = new Badge();
        badge.label = student.getDisplayName();
        badge.label = "Seat " + student.getSeat();
        log.info("badge {}", badge.label);
    }
}
