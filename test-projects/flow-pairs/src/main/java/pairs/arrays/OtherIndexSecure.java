package pairs.arrays;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/** Secure twin of {@link OtherIndexInsecure}: binds row[1]. */
public class OtherIndexSecure {

    private static final Logger log = LoggerFactory.getLogger(OtherIndexSecure.class);

    public void storeRow(Connection db, Student student) throws SQLException {
        String[] row = {student.getEmail(), student.getRoomId()};
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO seat_log (value) VALUES (?)")) {
            insert.setString(1, row[1]);
            insert.executeUpdate();
        }
    }
}
