package pairs.collections;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/**
 * Secure twin of {@link ListGetInsecure}: logs tags.get(i).getRoom(): the contained objects keep
 * their fields apart.
 */
public class ListGetSecure {

    private static final Logger log = LoggerFactory.getLogger(ListGetSecure.class);

    public void callRoll(List<Student> roster) {
        List<NameTag> tags = new ArrayList<>();
        for (Student student : roster) {
            tags.add(new NameTag(student.getDisplayName(), student.getRoomId()));
        }
        for (int i = 0; i < tags.size(); i++) {
            log.info("tile {}", tags.get(i).getRoom());
        }
    }
}
