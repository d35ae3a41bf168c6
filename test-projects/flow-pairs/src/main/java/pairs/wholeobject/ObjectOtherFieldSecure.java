package pairs.wholeobject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Secure twin of {@link ObjectOtherFieldInsecure}: logs the room field of the same object. */
public class ObjectOtherFieldSecure {

    private static final Logger log = LoggerFactory.getLogger(ObjectOtherFieldSecure.class);

    public void logJoin(Student student) {
        JoinEvent event = new JoinEvent();
        event.who = student.getEmail();
        event.room = student.getRoomId();
        log.info("join event {}", event.room);
    }
}
