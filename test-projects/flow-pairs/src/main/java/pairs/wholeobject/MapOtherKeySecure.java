package pairs.wholeobject;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link MapOtherKeyInsecure}: logs the "room" entry: one put of personal data does
 * not make every key's value personal.
 */
public class MapOtherKeySecure {

    private static final Logger log = LoggerFactory.getLogger(MapOtherKeySecure.class);

    public void logProfile(Student student) {
        Map<String, String> profile = new HashMap<>();
        profile.put("email", student.getEmail());
        profile.put("room", student.getRoomId());
        log.info("profile entry {}", profile.get("room"));
    }
}
