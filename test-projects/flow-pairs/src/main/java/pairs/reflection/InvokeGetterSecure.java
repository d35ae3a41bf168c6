package pairs.reflection;

import java.lang.reflect.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Secure twin of {@link InvokeGetterInsecure}: invokes getRoomId. */
public class InvokeGetterSecure {

    private static final Logger log = LoggerFactory.getLogger(InvokeGetterSecure.class);

    public void dump(Student student) throws ReflectiveOperationException {
        Method getter = Student.class.getMethod("getRoomId");
        log.info("property {}", getter.invoke(student));
    }
}
