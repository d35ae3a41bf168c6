package pairs.implicit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Chooses the mode on the camera state; the video arm contains the display name. */
public class TernaryConstantArmsInsecure {

    private static final Logger log = LoggerFactory.getLogger(TernaryConstantArmsInsecure.class);

    public void logMode(Student student) {
        String mode = student.isCameraOn() ? "video: " + student.getDisplayName() : "audio only";
        log.info("mode {}", mode); // expect PF003
    }
}
