package pairs.collections;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/** Wraps the current speaker's name tag in an Optional and logs the mapped text. */
public class OptionalTagInsecure {

    private static final Logger log = LoggerFactory.getLogger(OptionalTagInsecure.class);

    public void logSpeaker(Student current) {
        Optional<NameTag> speaker = Optional.ofNullable(current).map(student -> new NameTag(student.getDisplayName(), student.getRoomId()));
        log.info("speaker {}", speaker.map(NameTag::getText).orElse("nobody")); // expect PF003
    }
}
