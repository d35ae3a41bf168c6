package io.github.privacyflow.flows.web;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Purpose;
import io.github.privacyflow.flows.consent.ConsentService;
import io.github.privacyflow.flows.model.AttendanceEntry;
import io.github.privacyflow.flows.model.Recording;
import io.github.privacyflow.flows.persistence.AttendanceSql;
import io.github.privacyflow.flows.persistence.RecordingStore;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Attendance and recordings over JAX-RS. The class declares provide-feature. */
@Path("/attendance")
@Purpose("provide-feature")
public class AttendanceResource {

    private static final Logger log = LoggerFactory.getLogger(AttendanceResource.class);

    private final AttendanceSql sql;
    private final Statement statement;
    private final RecordingStore store;
    private final ConsentService consent;

    public AttendanceResource(AttendanceSql sql, Statement statement, RecordingStore recordings, ConsentService consent) {
        this.sql = sql;
        this.statement = statement;
        this.store = recordings;
        this.consent = consent;
    }

    // consent: a JAX-RS method storing through JDBC in a callee, no gate
    @POST
    @Path("/{roomId}")
    public void checkIn(@PathParam("roomId") String roomId, // expect PF009
            @QueryParam("nickname") @PersonalData(category = "user-interaction") String nickname) throws SQLException {
        sql.record(statement, new AttendanceEntry(nickname, roomId, 0));
    }

    // consent: the same behind the gate (silent)
    @PUT
    @Path("/{roomId}")
    public void checkInWithTicket(@PathParam("roomId") String roomId, @QueryParam("ticket") String ticket,
            @QueryParam("nickname") @PersonalData(category = "user-interaction") String nickname) throws SQLException {
        consent.requireConsent(roomId, ticket);
        sql.record(statement, new AttendanceEntry(nickname, roomId, 0));
    }

    // consent: only room statistics are stored (silent)
    @POST
    @Path("/{roomId}/minutes")
    public void addMinutes(@PathParam("roomId") String roomId, @QueryParam("minutes") int minutes) throws SQLException {
        sql.countRoom(statement, roomId, minutes);
    }

    // consent: reading and logging is no store (silent)
    @GET
    @Path("/{roomId}/me")
    public String me(@PathParam("roomId") String roomId, @QueryParam("nickname") @PersonalData(category = "user-interaction") String nickname) {
        log.info("{} looked up attendance in {}", nickname, roomId);
        return roomId;
    }

    // consent: uploading a class recording to object storage stores it, and no gate was called
    @POST
    @Path("/{roomId}/recording")
    public void uploadRecording(@PathParam("roomId") String roomId, byte[] content) { // expect PF009
        Recording recording = new Recording(roomId, "recordings/" + roomId + ".mp4", 0, content);
        store.upload(recording.getObjectKey(), recording.getContent());
    }
}
