package io.github.privacyflow.demo.quality;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Retain;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A media connection of a client, kept 30 days to troubleshoot dropped calls. */
@Entity
@Table(name = "connection_log")
public class ConnectionLog {

    @Id
    @GeneratedValue
    private Long id;

    private String roomId;

    private String sessionId;

    @PersonalData(category = "user-interaction")
    @Retain(days = 30)
    private String ipAddress;

    @PersonalData(category = "user-interaction")
    @Retain(days = 30)
    private String deviceId;

    private String hostName;

    private Instant connectedAt;

    private Instant disconnectedAt;

    private String disconnectReason;

    protected ConnectionLog() {
    }

    public ConnectionLog(String roomId, String sessionId, String ipAddress, String deviceId, String hostName,
            Instant connectedAt) {
        this.roomId = roomId;
        this.sessionId = sessionId;
        this.ipAddress = ipAddress;
        this.deviceId = deviceId;
        this.hostName = hostName;
        this.connectedAt = connectedAt;
    }

    public String getRoomId() {
        return roomId;
    }

    public String getSessionId() {
        return sessionId;
    }

    public String getHostName() {
        return hostName;
    }

    public Instant getConnectedAt() {
        return connectedAt;
    }

    public void disconnected(Instant now, String reason) {
        this.disconnectedAt = now;
        this.disconnectReason = reason;
    }

    public Instant getDisconnectedAt() {
        return disconnectedAt;
    }

    public String getDisconnectReason() {
        return disconnectReason;
    }
}
