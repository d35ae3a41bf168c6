package pairs.arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Secure twin of {@link IndexedStoreInsecure}: logs cells 0 and 2. */
public class IndexedStoreSecure {

    private static final Logger log = LoggerFactory.getLogger(IndexedStoreSecure.class);

    public void logRow(Student student) {
        String[] cells = new String[3];
        cells[0] = student.getRoomId();
        cells[1] = student.getEmail();
        cells[2] = String.valueOf(student.getSeat());
        log.info("row {}", String.join(";", cells[0], cells[2]));
    }
}
