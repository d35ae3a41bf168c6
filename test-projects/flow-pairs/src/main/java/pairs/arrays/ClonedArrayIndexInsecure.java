package pairs.arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Clones a {room, email} array and logs copy[1]. */
public class ClonedArrayIndexInsecure {

    private static final Logger log = LoggerFactory.getLogger(ClonedArrayIndexInsecure.class);

    public void logCopy(Student student) {
        String[] row = {student.getRoomId(), student.getEmail()};
        String[] copy = row.clone();
        log.info("copied cell {}", copy[1]); // expect PF003
    }
}
