package pairs.wholeobject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Secure twin of {@link RecordComponentInsecure}: binds the record's roomId component. */
public class RecordComponentSecure {

    private static final Logger log = LoggerFactory.getLogger(RecordComponentSecure.class);

    public void storeInvitation(Connection db, Student student) throws SQLException {
        Invitation invitation = new Invitation(student.getRoomId(), student.getEmail());
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO invitation (ref) VALUES (?)")) {
            insert.setString(1, invitation.roomId());
            insert.executeUpdate();
        }
    }
}
