package pairs.heap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/**
 * Secure twin of {@link StrongUpdateSetterInsecure}: exam mode: a setter overwrites the fresh
 * tag's text with the seat number before the log (a strong update through a call).
 */
public class StrongUpdateSetterSecure {

    private static final Logger log = LoggerFactory.getLogger(StrongUpdateSetterSecure.class);

    public void drawExamTile(Student student) {
        NameTag tag = new NameTag(student.getDisplayName(), student.getRoomId());
        tag.setText("Seat " + student.getSeat());
        log.info("tag {}", tag.getText());
    }
}
