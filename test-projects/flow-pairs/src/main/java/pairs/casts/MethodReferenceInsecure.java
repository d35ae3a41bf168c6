package pairs.casts;

import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** A Function<Student, String> is Student::getDisplayName; its result is logged. */
public class MethodReferenceInsecure {

    private static final Logger log = LoggerFactory.getLogger(MethodReferenceInsecure.class);

    public void logLabel(Student student) {
        Function<Student, String> label = Student::getDisplayName;
        log.info("label {}", label.apply(student)); // expect PF003
    }
}
