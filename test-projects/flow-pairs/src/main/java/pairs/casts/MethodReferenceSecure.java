package pairs.casts;

import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Secure twin of {@link MethodReferenceInsecure}: the function is Student::getRoomId. */
public class MethodReferenceSecure {

    private static final Logger log = LoggerFactory.getLogger(MethodReferenceSecure.class);

    public void logLabel(Student student) {
        Function<Student, String> label = Student::getRoomId;
        log.info("label {}", label.apply(student));
    }
}
