package pairs.wholeobject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Hosts' emails are stored as values keyed by room id; the values are logged. */
public class MapKeysNotValuesInsecure {

    private static final Logger log = LoggerFactory.getLogger(MapKeysNotValuesInsecure.class);

    public void logHosts(List<Student> hosts) {
        Map<String, String> hostByRoom = new HashMap<>();
        for (Student host : hosts) {
            hostByRoom.put(host.getRoomId(), host.getEmail());
        }
        log.info("hosted {}", hostByRoom.values()); // expect PF003
    }
}
