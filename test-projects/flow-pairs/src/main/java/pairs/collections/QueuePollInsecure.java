package pairs.collections;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/** Queues a raised hand as a name tag, polls the next one and logs its text. */
public class QueuePollInsecure {

    private static final Logger log = LoggerFactory.getLogger(QueuePollInsecure.class);

    public void nextHand(Student student) {
        Deque<NameTag> hands = new ArrayDeque<>();
        hands.add(new NameTag(student.getDisplayName(), student.getRoomId()));
        NameTag next = hands.poll();
        if (next != null) {
            log.info("next hand {}", next.getText()); // expect PF003
        }
    }
}
