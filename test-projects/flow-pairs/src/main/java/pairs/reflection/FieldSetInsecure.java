package pairs.reflection;

import java.lang.reflect.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/**
 * A form binder writes the display name into a tag's "text" field by reflection (Field.set) and
 * logs the tag's text.
 */
public class FieldSetInsecure {

    private static final Logger log = LoggerFactory.getLogger(FieldSetInsecure.class);

    public void bind(Student student) throws ReflectiveOperationException {
        NameTag tag = new NameTag("Guest", student.getRoomId());
        Field field = NameTag.class.getDeclaredField("text");
        field.setAccessible(true);
        field.set(tag, student.getDisplayName());
        log.info("tag {}", tag.getText()); // expect PF003
    }
}
