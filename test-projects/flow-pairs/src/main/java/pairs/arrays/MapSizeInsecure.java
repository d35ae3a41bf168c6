package pairs.arrays;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Maps rooms to their hosts' emails and logs the map. */
public class MapSizeInsecure {

    private static final Logger log = LoggerFactory.getLogger(MapSizeInsecure.class);

    public void logHosts(List<Student> hosts) {
        Map<String, String> hostByRoom = new HashMap<>();
        for (Student host : hosts) {
            hostByRoom.put(host.getRoomId(), host.getEmail());
        }
        log.info("hosts {}", hostByRoom); // expect PF003
    }
}
