package pairs.heap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * Secure twin of {@link HelperFactoryInsecure}: binds the room badge's label: each call of the
 * factory returns a new object.
 */
public class HelperFactorySecure {

    private static final Logger log = LoggerFactory.getLogger(HelperFactorySecure.class);

    public void saveBadges(Connection db, Student student) throws SQLException {
        Badge own = badgeFor(student.getDisplayName());
        Badge room = badgeFor(student.getRoomId());
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO room_badge (label) VALUES (?)")) {
            insert.setString(1, room.label);
            insert.executeUpdate();
        }
    }

    private static Badge badgeFor(String text) {
        Badge badge = new Badge();
        badge.label = text;
        return badge;
    }
}
