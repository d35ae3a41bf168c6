package pairs.arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Stores room, email and seat into cells 0, 1 and 2 of a fresh array and logs cells 0 and 1
 * joined.
 */
public class IndexedStoreInsecure {

    private static final Logger log = LoggerFactory.getLogger(IndexedStoreInsecure.class);

    public void logRow(Student student) {
        String[] cells = new String[3];
        cells[0] = student.getRoomId();
        cells[1] = student.getEmail();
        cells[2] = String.valueOf(student.getSeat());
        log.info("row {}", String.join(";", cells[0], cells[1])); // expect PF003
    }
}
