package pairs.wholeobject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Iterates a room-to-host-email map's entries and logs each entry's value. */
public class EntryIterationInsecure {

    private static final Logger log = LoggerFactory.getLogger(EntryIterationInsecure.class);

    public void logHosts(List<Student> hosts) {
        Map<String, String> hostByRoom = new HashMap<>();
        for (Student host : hosts) {
            hostByRoom.put(host.getRoomId(), host.getEmail());
        }
        for (Map.Entry<String, String> entry : hostByRoom.entrySet()) {
            log.info("room entry {}", entry.getValue()); // expect PF003
        }
    }
}
