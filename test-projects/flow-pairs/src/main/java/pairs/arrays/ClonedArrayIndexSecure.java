package pairs.arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Secure twin of {@link ClonedArrayIndexInsecure}: logs copy[0]. */
public class ClonedArrayIndexSecure {

    private static final Logger log = LoggerFactory.getLogger(ClonedArrayIndexSecure.class);

    public void logCopy(Student student) {
        String[] row = {student.getRoomId(), student.getEmail()};
        String[] copy = row.clone();
        log.info("copied cell {}", copy[0]);
    }
}
