package pairs.casts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link TemplateMethodInsecure}: the announcer is a SeatAnnouncer, whose name() is
 * the seat number.
 */
public class TemplateMethodSecure {

    private static final Logger log = LoggerFactory.getLogger(TemplateMethodSecure.class);

    public void announce(Student student) {
        Announcer announcer = new SeatAnnouncer();
        log.info(announcer.announce(student));
    }
}
