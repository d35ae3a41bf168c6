package pairs.collections;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/** Secure twin of {@link SetIterationInsecure}: logs each tag's room. */
public class SetIterationSecure {

    private static final Logger log = LoggerFactory.getLogger(SetIterationSecure.class);

    public void logPresent(List<Student> roster) {
        Set<NameTag> present = new LinkedHashSet<>();
        for (Student student : roster) {
            present.add(new NameTag(student.getDisplayName(), student.getRoomId()));
        }
        for (NameTag tag : present) {
            log.info("present {}", tag.getRoom());
        }
    }
}
