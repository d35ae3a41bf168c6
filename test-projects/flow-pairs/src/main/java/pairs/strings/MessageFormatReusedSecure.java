package pairs.strings;

import java.text.MessageFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link MessageFormatReusedInsecure}: logs the anonymous line made by the same
 * MessageFormat object.
 */
public class MessageFormatReusedSecure {

    private static final Logger log = LoggerFactory.getLogger(MessageFormatReusedSecure.class);

    public void logEntry(Student student) {
        MessageFormat template = new MessageFormat("{0} entered {1}");
        String named = template.format(new Object[] {student.getDisplayName(), student.getRoomId()});
        String anonymous = template.format(new Object[] {"seat " + student.getSeat(), student.getRoomId()});
        log.info(anonymous);
    }
}
