package io.github.privacyflow.flows.propagation;

import io.github.privacyflow.flows.model.Participant;
import io.github.privacyflow.flows.model.Recording;
import io.github.privacyflow.flows.model.Room;
import io.github.privacyflow.flows.persistence.RecordingStore;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A nightly job copying rosters into the old database, written before anyone declared purposes.
 * MySQL and object storage are processors the agreement lists: the findings are PF003 alone,
 * except where the processor is wrong for the category.
 */
public class LegacyRosterSync {

    private final EntityManager em;
    private final Connection connection;
    private final RecordingStore store;

    public LegacyRosterSync(EntityManager em, Connection connection, RecordingStore store) {
        this.em = em;
        this.connection = connection;
        this.store = store;
    }

    public void statement(Participant participant) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // sink: Statement.executeUpdate with personal data in the SQL
            statement.executeUpdate("UPDATE legacy_roster SET nick = '" + participant.getNickname() + "' WHERE id = 1"); // expect PF003
        }
    }

    public void prepared(Participant participant) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE legacy_roster SET ip = ? WHERE room = ?")) {
            // sink: PreparedStatement.setString with personal data
            update.setString(1, participant.getIpAddress());
            // silent: the room id bound to the same statement
            update.setString(2, participant.getRoomId());
            update.executeUpdate(); // expect PF003
        }
    }

    public void persist(Participant participant) {
        // sink: EntityManager.persist
        em.persist(participant); // expect PF003
    }

    public void merge(Participant participant) {
        // sink: EntityManager.merge
        em.merge(participant); // expect repeat PF003
    }

    public void persistRoom(Room room) {
        // silent: a room
        em.persist(room);
    }

    public void countRooms(Room room) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // silent: SQL built from room facts only
            statement.execute("UPDATE legacy_rooms SET seats = " + room.getCapacity() + " WHERE room = '" + room.getRoomId() + "'");
        }
    }

    public void uploadRoster(Participant participant) {
        byte[] row = (participant.getRoomId() + ";" + participant.getEmail()).getBytes(StandardCharsets.UTF_8);
        // sink: an @Sink method of a processor the category lists (object storage), no purpose
        store.upload("rosters/" + participant.getRoomId() + ".csv", row); // expect PF003
    }

    public void shipRecordingLog(Recording recording) {
        // sink: an @Sink method whose processor does not take generated content
        store.shipToLogService("recordings", recording.getObjectKey()); // expect PF005
    }

    public void uploadRoomList(Room room) {
        // silent: an @Sink method receiving room facts
        store.upload("rooms/" + room.getRoomId(), room.getCourseTitle().getBytes(StandardCharsets.UTF_8));
    }
}
