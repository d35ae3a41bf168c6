package pairs.booleans;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Logs the value of student.isCameraOn() || student.isHandRaised(). */
public class OrValueInsecure {

    private static final Logger log = LoggerFactory.getLogger(OrValueInsecure.class);

    public void audit(Student student) {
        boolean visible = student.isCameraOn() || student.isHandRaised();
        log.info("visible: {}", visible); // expect PF003
    }
}
