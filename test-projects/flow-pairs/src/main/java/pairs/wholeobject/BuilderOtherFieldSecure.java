package pairs.wholeobject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Secure twin of {@link BuilderOtherFieldInsecure}: logs the subject of the same notice. */
public class BuilderOtherFieldSecure {

    private static final Logger log = LoggerFactory.getLogger(BuilderOtherFieldSecure.class);

    public void logNotice(Student student) {
        Notice notice = Notice.builder().recipient(student.getEmail()).subject("Room " + student.getRoomId() + " opens").build();
        log.info("notice {}", notice.subject());
    }
}
