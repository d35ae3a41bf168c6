package pairs.heap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * A factory method builds one badge from the display name and one from the room id; the name
 * badge's label is bound into a JDBC insert.
 */
public class HelperFactoryInsecure {

    private static final Logger log = LoggerFactory.getLogger(HelperFactoryInsecure.class);

    public void saveBadges(Connection db, Student student) throws SQLException {
        Badge own = badgeFor(student.getDisplayName());
        Badge room = badgeFor(student.getRoomId());
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO room_badge (label) VALUES (?)")) {
            insert.setString(1, own.label);
            insert.executeUpdate(); // expect PF003
        }
    }

    private static Badge badgeFor(String text) {
        Badge badge = new Badge();
        badge.label = text;
        return badge;
    }
}
