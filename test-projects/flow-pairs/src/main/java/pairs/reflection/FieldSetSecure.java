package pairs.reflection;

import java.lang.reflect.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/**
 * Secure twin of {@link FieldSetInsecure}: writes the name into the "room" field; the logged text
 * is still "Guest".
 */
public class FieldSetSecure {

    private static final Logger log = LoggerFactory.getLogger(FieldSetSecure.class);

    public void bind(Student student) throws ReflectiveOperationException {
        NameTag tag = new NameTag("Guest", student.getRoomId());
        Field field = NameTag.class.getDeclaredField("room");
        field.setAccessible(true);
        field.set(tag, student.getDisplayName());
        log.info("tag {}", tag.getText());
    }
}
