package io.github.privacyflow.flows.persistence;

import io.github.privacyflow.flows.model.ExpiringGuestPass;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** JDBC access to expiring guest passes: GuestPassDao's insert, and the purge the retention promises. */
public class ExpiringGuestPassDao {

    private final Connection connection;

    public ExpiringGuestPassDao(Connection connection) {
        this.connection = connection;
    }

    public void insert(ExpiringGuestPass pass) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO expiring_guest_pass (room_id, code, email) VALUES (?, ?, ?)")) {
            insert.setString(1, pass.getRoomId());
            insert.setString(2, pass.getCode());
            insert.setString(3, pass.getEmail());
            insert.executeUpdate();
        }
    }

    public int purgeIssuedBefore(java.sql.Timestamp cutoff) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM expiring_guest_pass WHERE issued_at < ?")) {
            delete.setTimestamp(1, cutoff);
            return delete.executeUpdate();
        }
    }
}
