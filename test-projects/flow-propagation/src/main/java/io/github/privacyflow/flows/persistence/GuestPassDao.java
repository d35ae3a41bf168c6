package io.github.privacyflow.flows.persistence;

import io.github.privacyflow.flows.model.GuestPass;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** JDBC access to guest passes. */
public class GuestPassDao {

    private final Connection connection;

    public GuestPassDao(Connection connection) {
        this.connection = connection;
    }

    public void insert(GuestPass pass) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO guest_pass (room_id, code, email) VALUES (?, ?, ?)")) {
            // silent: a room id bound to a prepared statement
            insert.setString(1, pass.getRoomId());
            // silent: the pass code is not personal
            insert.setString(2, pass.getCode());
            // permitted (provide-feature, mysql), but it makes GuestPass a stored type without @Retain
            insert.setString(3, pass.getEmail());
            insert.executeUpdate();
        }
    }
}
