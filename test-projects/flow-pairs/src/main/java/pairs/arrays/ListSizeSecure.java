package pairs.arrays;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Secure twin of {@link ListSizeInsecure}: logs invitations.size(). */
public class ListSizeSecure {

    private static final Logger log = LoggerFactory.getLogger(ListSizeSecure.class);

    public void logInvitations(List<Student> roster) {
        List<String> invitations = new ArrayList<>();
        for (Student student : roster) {
            invitations.add(student.getEmail());
        }
        log.info("invitations {}", invitations.size());
    }
}
