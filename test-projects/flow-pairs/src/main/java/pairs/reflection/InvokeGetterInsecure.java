package pairs.reflection;

import java.lang.reflect.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Calls getEmail by reflection (Method.invoke, constant name) and logs the result. */
public class InvokeGetterInsecure {

    private static final Logger log = LoggerFactory.getLogger(InvokeGetterInsecure.class);

    public void dump(Student student) throws ReflectiveOperationException {
        Method getter = Student.class.getMethod("getEmail");
        log.info("property {}", getter.invoke(student)); // expect PF003
    }
}
