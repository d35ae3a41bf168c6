package pairs.wholeobject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * A notice is built with the email as recipient and the room in its subject; the recipient is
 * logged.
 */
public class BuilderOtherFieldInsecure {

    private static final Logger log = LoggerFactory.getLogger(BuilderOtherFieldInsecure.class);

    public void logNotice(Student student) {
        Notice notice = Notice.builder().recipient(student.getEmail()).subject("Room " + student.getRoomId() + " opens").build();
        log.info("notice {}", notice.recipient()); // expect PF003
    }
}
