package pairs.heap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/** A fresh name tag is built with the display name and its text is logged. */
public class StrongUpdateSetterInsecure {

    private static final Logger log = LoggerFactory.getLogger(StrongUpdateSetterInsecure.class);

    public void drawExamTile(Student student) {
        NameTag tag = new NameTag(student.getDisplayName(), student.getRoomId());
        log.info("tag {}", tag.getText()); // expect PF003
    }
}
