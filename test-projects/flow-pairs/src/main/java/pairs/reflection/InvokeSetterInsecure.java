package pairs.reflection;

import java.lang.reflect.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/** Calls setText with the display name by reflection on a tag and logs the tag's text. */
public class InvokeSetterInsecure {

    private static final Logger log = LoggerFactory.getLogger(InvokeSetterInsecure.class);

    public void bind(Student student) throws ReflectiveOperationException {
        NameTag tag = new NameTag("Guest", student.getRoomId());
        Method setter = NameTag.class.getMethod("setText", String.class);
        setter.invoke(tag, student.getDisplayName());
        log.info("tag {}", tag.getText()); // expect PF003
    }
}
