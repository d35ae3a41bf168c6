package pairs.model;

import io.github.privacyflow.annotations.Erases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Deletes a room's roster rows when the class ends, so the stored students have an erasure path. */
public class RosterCleanup {

    @Erases(Student.class)
    public int forgetRoom(Connection db, String roomId) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM roster WHERE room_id = ?")) {
            delete.setString(1, roomId);
            return delete.executeUpdate();
        }
    }
}
