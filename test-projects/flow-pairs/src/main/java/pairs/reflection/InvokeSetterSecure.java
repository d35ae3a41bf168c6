package pairs.reflection;

import java.lang.reflect.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/**
 * Secure twin of {@link InvokeSetterInsecure}: invokes setRoom with the name; the logged text is
 * still "Guest".
 */
public class InvokeSetterSecure {

    private static final Logger log = LoggerFactory.getLogger(InvokeSetterSecure.class);

    public void bind(Student student) throws ReflectiveOperationException {
        NameTag tag = new NameTag("Guest", student.getRoomId());
        Method setter = NameTag.class.getMethod("setRoom", String.class);
        setter.invoke(tag, student.getDisplayName());
        log.info("tag {}", tag.getText());
    }
}
