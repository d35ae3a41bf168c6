package pairs.casts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Announcer.announce calls the abstract name(); on a NameAnnouncer that is the display name, and
 * the announcement is logged.
 */
public class TemplateMethodInsecure {

    private static final Logger log = LoggerFactory.getLogger(TemplateMethodInsecure.class);

    public void announce(Student student) {
        Announcer announcer = new NameAnnouncer();
        log.info(announcer.announce(student)); // expect PF003
    }
}
