package pairs.wholeobject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Secure twin of {@link MapKeysNotValuesInsecure}: logs the key set: the room ids. */
public class MapKeysNotValuesSecure {

    private static final Logger log = LoggerFactory.getLogger(MapKeysNotValuesSecure.class);

    public void logHosts(List<Student> hosts) {
        Map<String, String> hostByRoom = new HashMap<>();
        for (Student host : hosts) {
            hostByRoom.put(host.getRoomId(), host.getEmail());
        }
        log.info("hosted {}", hostByRoom.keySet());
    }
}
