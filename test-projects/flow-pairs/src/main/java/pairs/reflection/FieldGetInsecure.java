package pairs.reflection;

import java.lang.reflect.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Reads Student's "email" field by reflection (Field.get, constant name) and logs it. */
public class FieldGetInsecure {

    private static final Logger log = LoggerFactory.getLogger(FieldGetInsecure.class);

    public void dump(Student student) throws ReflectiveOperationException {
        Field field = Student.class.getDeclaredField("email");
        field.setAccessible(true);
        log.info("field value {}", field.get(student)); // expect PF003
    }
}
