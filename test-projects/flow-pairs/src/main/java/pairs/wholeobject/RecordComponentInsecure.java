package pairs.wholeobject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * An invitation record holds the room id and the email; its recipient component is bound into a
 * JDBC insert.
 */
public class RecordComponentInsecure {

    private static final Logger log = LoggerFactory.getLogger(RecordComponentInsecure.class);

    public void storeInvitation(Connection db, Student student) throws SQLException {
        Invitation invitation = new Invitation(student.getRoomId(), student.getEmail());
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO invitation (ref) VALUES (?)")) {
            insert.setString(1, invitation.recipient());
            insert.executeUpdate(); // expect PF003
        }
    }
}
