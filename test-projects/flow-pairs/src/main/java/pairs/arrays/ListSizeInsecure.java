package pairs.arrays;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Collects the invited students' emails in a list and logs the list. */
public class ListSizeInsecure {

    private static final Logger log = LoggerFactory.getLogger(ListSizeInsecure.class);

    public void logInvitations(List<Student> roster) {
        List<String> invitations = new ArrayList<>();
        for (Student student : roster) {
            invitations.add(student.getEmail());
        }
        log.info("invitations {}", invitations); // expect PF003
    }
}
