package pairs.strings;

import java.text.MessageFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * One MessageFormat formats a named line (display name) and an anonymous line (seat); the named
 * line is logged.
 */
public class MessageFormatReusedInsecure {

    private static final Logger log = LoggerFactory.getLogger(MessageFormatReusedInsecure.class);

    public void logEntry(Student student) {
        MessageFormat template = new MessageFormat("{0} entered {1}");
        String named = template.format(new Object[] {student.getDisplayName(), student.getRoomId()});
        String anonymous = template.format(new Object[] {"seat " + student.getSeat(), student.getRoomId()});
        log.info(named); // expect PF003
    }
}
