package pairs.wholeobject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Secure twin of {@link EntryIterationInsecure}: logs each entry's key. */
public class EntryIterationSecure {

    private static final Logger log = LoggerFactory.getLogger(EntryIterationSecure.class);

    public void logHosts(List<Student> hosts) {
        Map<String, String> hostByRoom = new HashMap<>();
        for (Student host : hosts) {
            hostByRoom.put(host.getRoomId(), host.getEmail());
        }
        for (Map.Entry<String, String> entry : hostByRoom.entrySet()) {
            log.info("room entry {}", entry.getKey());
        }
    }
}
