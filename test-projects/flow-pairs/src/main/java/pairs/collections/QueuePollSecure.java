package pairs.collections;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/** Secure twin of {@link QueuePollInsecure}: logs the polled tag's room. */
public class QueuePollSecure {

    private static final Logger log = LoggerFactory.getLogger(QueuePollSecure.class);

    public void nextHand(Student student) {
        Deque<NameTag> hands = new ArrayDeque<>();
        hands.add(new NameTag(student.getDisplayName(), student.getRoomId()));
        NameTag next = hands.poll();
        if (next != null) {
            log.info("next hand {}", next.getRoom());
        }
    }
}
