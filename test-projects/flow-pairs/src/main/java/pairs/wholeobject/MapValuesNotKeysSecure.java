package pairs.wholeobject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Secure twin of {@link MapValuesNotKeysInsecure}: logs the values: the seat numbers. */
public class MapValuesNotKeysSecure {

    private static final Logger log = LoggerFactory.getLogger(MapValuesNotKeysSecure.class);

    public void logSeats(List<Student> roster) {
        Map<String, Integer> seatByEmail = new HashMap<>();
        for (Student student : roster) {
            seatByEmail.put(student.getEmail(), student.getSeat());
        }
        log.info("seats {}", seatByEmail.values());
    }
}
