package pairs.collections;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/** Secure twin of {@link OptionalTagInsecure}: maps the Optional to the tag's room. */
public class OptionalTagSecure {

    private static final Logger log = LoggerFactory.getLogger(OptionalTagSecure.class);

    public void logSpeaker(Student current) {
        Optional<NameTag> speaker = Optional.ofNullable(current).map(student -> new NameTag(student.getDisplayName(), student.getRoomId()));
        log.info("speaker {}", speaker.map(NameTag::getRoom).orElse("nobody"));
    }
}
