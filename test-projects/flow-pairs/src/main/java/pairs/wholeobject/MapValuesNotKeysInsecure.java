package pairs.wholeobject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Seat numbers are stored keyed by the student's email; the key set is logged. */
public class MapValuesNotKeysInsecure {

    private static final Logger log = LoggerFactory.getLogger(MapValuesNotKeysInsecure.class);

    public void logSeats(List<Student> roster) {
        Map<String, Integer> seatByEmail = new HashMap<>();
        for (Student student : roster) {
            seatByEmail.put(student.getEmail(), student.getSeat());
        }
        log.info("seats {}", seatByEmail.keySet()); // expect PF003
    }
}
