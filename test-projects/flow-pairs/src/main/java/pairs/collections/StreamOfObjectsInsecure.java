package pairs.collections;

import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/**
 * Maps students to name tags in a stream, then streams the tags' texts into one joined line that
 * is logged.
 */
public class StreamOfObjectsInsecure {

    private static final Logger log = LoggerFactory.getLogger(StreamOfObjectsInsecure.class);

    public void logTags(List<Student> roster) {
        List<NameTag> tags = roster.stream().map(student -> new NameTag(student.getDisplayName(), student.getRoomId())).collect(Collectors.toList());
        String line = tags.stream().map(NameTag::getText).collect(Collectors.joining(", "));
        log.info("tags {}", line); // expect PF003
    }
}
