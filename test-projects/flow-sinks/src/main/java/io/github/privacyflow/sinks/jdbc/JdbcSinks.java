package io.github.privacyflow.sinks.jdbc;

import io.github.privacyflow.sinks.model.Learner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * Attendance and roster tables in TencentDB for MySQL: check-ins, nickname changes, the room
 * roster. JDBC is a permitted sink kind of user-interaction data, so each flow only lacks a
 * declared purpose.
 */
public class JdbcSinks {

    private final DataSource dataSource;
    private final JdbcTemplate jdbcTemplate;
    private final NamedParameterJdbcTemplate namedJdbc;
    private final SimpleJdbcInsert rosterInsert;
    private final JdbcClient jdbcClient;

    public JdbcSinks(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbcTemplate = new JdbcTemplate(dataSource);
        this.namedJdbc = new NamedParameterJdbcTemplate(dataSource);
        this.rosterInsert = new SimpleJdbcInsert(dataSource).withTableName("room_roster");
        this.jdbcClient = JdbcClient.create(dataSource);
    }

    /** Legacy nickname sync, still building its SQL by hand. */
    public void syncNickname(Learner learner, long learnerKey) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE learner SET nickname = '" + learner.getNickname() + "' WHERE id = " + learnerKey); // expect PF003
            statement.executeUpdate("UPDATE learner SET synced_at = NOW() WHERE id = " + learnerKey);
        }
    }

    public void checkIn(Learner learner, String roomId, int seatNumber) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO check_in (room_id, email, seat_number) VALUES (?, ?, ?)")) {
            insert.setString(1, roomId);
            insert.setString(2, learner.getEmail());
            insert.setInt(3, seatNumber);
            insert.executeUpdate(); // expect PF003
        }
    }

    /** A lookup sends the e-mail to the database but stores nothing: a query is not a sink. */
    public boolean checkedIn(Learner learner, String roomId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement lookup = connection.prepareStatement("SELECT 1 FROM check_in WHERE room_id = ? AND email = ?")) {
            lookup.setString(1, roomId);
            lookup.setString(2, learner.getEmail());
            return lookup.executeQuery().next();
        }
    }

    /** Two learners' e-mails bound to one statement are one sink call, with both. */
    public void pairUp(Learner first, Learner second, String roomId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO pairs (room_id, first, second) VALUES (?, ?, ?)")) {
            insert.setString(1, roomId);
            insert.setString(2, first.getEmail());
            insert.setString(3, second.getNickname());
            insert.executeUpdate(); // expect PF003
        }
    }

    public void recordConnection(Learner learner, String roomId) {
        jdbcTemplate.update("INSERT INTO connection_log (room_id, client_ip) VALUES (?, ?)", roomId, learner.getClientIp()); // expect PF003
    }

    public void closeRoom(String roomId, int attendees) {
        jdbcTemplate.update("UPDATE live_room SET closed = TRUE, attendees = ? WHERE room_id = ?", attendees, roomId);
    }

    public void inviteByMail(Learner learner, String roomId) {
        namedJdbc.update("INSERT INTO invitation (room_id, email) VALUES (:room, :email)", Map.of("room", roomId, "email", learner.getEmail())); // expect repeat PF003
    }

    public void addToRoster(Learner learner, String roomId) {
        rosterInsert.execute(Map.of("room_id", roomId, "nickname", learner.getNickname())); // expect repeat PF003
    }

    public void renameInRoster(Learner learner, String roomId) {
        jdbcClient.sql("UPDATE room_roster SET nickname = :nickname WHERE room_id = :room").param("nickname", learner.getNickname()).param("room", roomId).update(); // expect repeat PF003
        jdbcClient.sql("UPDATE live_room SET roster_version = roster_version + 1 WHERE room_id = :room").param("room", roomId).update();
    }
}
