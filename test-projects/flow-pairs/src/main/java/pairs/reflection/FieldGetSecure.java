package pairs.reflection;

import java.lang.reflect.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Secure twin of {@link FieldGetInsecure}: reads the "roomId" field. */
public class FieldGetSecure {

    private static final Logger log = LoggerFactory.getLogger(FieldGetSecure.class);

    public void dump(Student student) throws ReflectiveOperationException {
        Field field = Student.class.getDeclaredField("roomId");
        field.setAccessible(true);
        log.info("field value {}", field.get(student));
    }
}
