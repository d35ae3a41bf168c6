package io.github.privacyflow.flows.persistence;

import io.github.privacyflow.annotations.Erases;
import io.github.privacyflow.flows.model.AttendanceEntry;
import java.sql.SQLException;
import java.sql.Statement;

/** Attendance rows through plain JDBC statements. */
public class AttendanceSql {

    // permitted: user-interaction concatenated into SQL (jdbc, mysql) under provide-feature
    public void record(Statement statement, AttendanceEntry entry) throws SQLException {
        statement.executeUpdate("INSERT INTO attendance (nickname, room_id, minutes) VALUES ('" + entry.nickname() + "', '"
                + entry.roomId() + "', " + entry.minutesPresent() + ")");
    }

    // silent: only a room id and a count reach the statement
    public void countRoom(Statement statement, String roomId, int minutes) throws SQLException {
        statement.execute("UPDATE room_stats SET minutes = minutes + " + minutes + " WHERE room_id = '" + roomId + "'");
    }

    @Erases(AttendanceEntry.class)
    public void purge(Statement statement, int days) throws SQLException {
        statement.execute("DELETE FROM attendance WHERE recorded_at < now() - interval " + days + " day");
    }
}
