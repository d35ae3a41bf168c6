package pairs.collections;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/** Puts a name tag per present student into a set, iterates it and logs each tag's text. */
public class SetIterationInsecure {

    private static final Logger log = LoggerFactory.getLogger(SetIterationInsecure.class);

    public void logPresent(List<Student> roster) {
        Set<NameTag> present = new LinkedHashSet<>();
        for (Student student : roster) {
            present.add(new NameTag(student.getDisplayName(), student.getRoomId()));
        }
        for (NameTag tag : present) {
            log.info("present {}", tag.getText()); // expect PF003
        }
    }
}
