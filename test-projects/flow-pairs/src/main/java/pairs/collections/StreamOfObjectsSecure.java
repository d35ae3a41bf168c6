package pairs.collections;

import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/** Secure twin of {@link StreamOfObjectsInsecure}: streams the tags' rooms instead. */
public class StreamOfObjectsSecure {

    private static final Logger log = LoggerFactory.getLogger(StreamOfObjectsSecure.class);

    public void logTags(List<Student> roster) {
        List<NameTag> tags = roster.stream().map(student -> new NameTag(student.getDisplayName(), student.getRoomId())).collect(Collectors.toList());
        String line = tags.stream().map(NameTag::getRoom).collect(Collectors.joining(", "));
        log.info("tags {}", line);
    }
}
