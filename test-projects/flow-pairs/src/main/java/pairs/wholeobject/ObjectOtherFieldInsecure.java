package pairs.wholeobject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * A join event gets the email in its who field and the room id in its room field; who is logged.
 */
public class ObjectOtherFieldInsecure {

    private static final Logger log = LoggerFactory.getLogger(ObjectOtherFieldInsecure.class);

    public void logJoin(Student student) {
        JoinEvent event = new JoinEvent();
        event.who = student.getEmail();
        event.room = student.getRoomId();
        log.info("join event {}", event.who); // expect PF003
    }
}
