package pairs.implicit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link TernaryConstantArmsInsecure}: both arms are constants: the mode reveals
 * the camera state only through the branch.
 */
public class TernaryConstantArmsSecure {

    private static final Logger log = LoggerFactory.getLogger(TernaryConstantArmsSecure.class);

    public void logMode(Student student) {
        String mode = student.isCameraOn() ? "video" : "audio only";
        log.info("mode {}", mode);
    }
}
