package pairs.heap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** A fresh badge's label is set to the display name and logged. */
public class StrongUpdateFieldInsecure {

    private static final Logger log = LoggerFactory.getLogger(StrongUpdateFieldInsecure.class);

    public void drawExamTile(Student student) {
        Badge badge = new Badge();
        badge.label = student.getDisplayName();
        log.info("badge {}", badge.label); // expect PF003
    }
}
