package pairs.wholeobject;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * A profile map gets the email under "email" and the room under "room"; the "email" entry is
 * logged.
 */
public class MapOtherKeyInsecure {

    private static final Logger log = LoggerFactory.getLogger(MapOtherKeyInsecure.class);

    public void logProfile(Student student) {
        Map<String, String> profile = new HashMap<>();
        profile.put("email", student.getEmail());
        profile.put("room", student.getRoomId());
        log.info("profile entry {}", profile.get("email")); // expect PF003
    }
}
