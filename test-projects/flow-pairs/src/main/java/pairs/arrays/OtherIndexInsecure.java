package pairs.arrays;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * A row array holds the email at index 0 and the room at index 1; row[0] is bound into a JDBC
 * insert.
 */
public class OtherIndexInsecure {

    private static final Logger log = LoggerFactory.getLogger(OtherIndexInsecure.class);

    public void storeRow(Connection db, Student student) throws SQLException {
        String[] row = {student.getEmail(), student.getRoomId()};
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO seat_log (value) VALUES (?)")) {
            insert.setString(1, row[0]);
            insert.executeUpdate(); // expect PF003
        }
    }
}
