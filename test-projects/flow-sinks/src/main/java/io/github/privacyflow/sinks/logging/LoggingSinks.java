package io.github.privacyflow.sinks.logging;

import io.github.privacyflow.sinks.model.Learner;
import java.util.logging.Level;

/**
 * Room-session events of the classroom back end, written to the service log. The back end grew
 * out of several code bases, so each module still logs through the API it was written against:
 * SLF4J (room service), java.util.logging (media relay), Log4j 1 (legacy seat allocator), Log4j 2
 * (hand-raise queue), Commons Logging (chat filter), JBoss Logging (recording hooks) and the
 * console (whiteboard debugging). Logging is a permitted sink kind of user-interaction data
 * (Cloud Log Service), so each flow only lacks a declared purpose.
 */
public class LoggingSinks {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LoggingSinks.class);
    private static final java.util.logging.Logger relayLog = java.util.logging.Logger.getLogger("media.relay");
    private static final org.apache.log4j.Logger seatLog = org.apache.log4j.Logger.getLogger("seat.allocator");
    private static final org.apache.logging.log4j.Logger handLog = org.apache.logging.log4j.LogManager.getLogger("hand.raise");
    private static final org.apache.commons.logging.Log chatLog = org.apache.commons.logging.LogFactory.getLog("chat.filter");
    private static final org.jboss.logging.Logger recordingLog = org.jboss.logging.Logger.getLogger("recording.hooks");

    public void admitted(Learner learner, String roomId, int seatsLeft) {
        log.info("learner {} joined room {}", learner.getNickname(), roomId); // expect PF003
        log.info("room {} has {} seats left", roomId, seatsLeft);
        log.debug("nickname has {} characters", learner.getNickname().length());
    }

    public void admissionFailed(Learner learner, String roomId, Exception cause) {
        log.error("could not admit " + learner.getEmail() + " to room " + roomId, cause); // expect PF003
    }

    public void reconnected(Learner learner, int attempts) {
        log.atWarn().addKeyValue("clientIp", learner.getClientIp()).addKeyValue("attempts", attempts).log("client reconnected"); // expect PF003
    }

    public void slowUplink(Learner learner, long rttMillis) {
        relayLog.log(Level.WARNING, "slow uplink from {0}", learner.getClientIp()); // expect repeat PF003
        relayLog.fine("uplink probe finished after " + rttMillis + " ms");
    }

    public void seatRevoked(Learner learner, String roomId) {
        seatLog.warn("seat in " + roomId + " revoked from " + learner.getNickname()); // expect repeat PF003
        seatLog.info("seat map of " + roomId + " rebuilt");
    }

    public void handRaised(Learner learner, int queuePosition) {
        handLog.printf(org.apache.logging.log4j.Level.INFO, "hand raised by %s, position %d", learner.getNickname(), queuePosition); // expect repeat PF003
        handLog.info("hand-raise queue length {}", queuePosition);
    }

    public void messageMuted(Learner learner, String rule) {
        chatLog.debug(String.format("chat message of %s muted by rule %s", learner.getEmail(), rule)); // expect repeat PF003
    }

    public void recordingConsentShown(Learner learner, String roomId) {
        recordingLog.infof("recording notice shown to %s in room %s", learner.getNickname(), roomId); // expect repeat PF003
        recordingLog.infof("recording of room %s started", roomId);
    }

    public void cursorMoved(Learner learner, int x, int y) {
        System.out.println("[whiteboard] cursor of " + learner.getNickname() + " at " + x + "," + y); // expect repeat PF003
        System.out.println("[whiteboard] cursor update " + x + "," + y);
    }

    public void seatConflict(Learner learner, String roomId) {
        IllegalStateException conflict = new IllegalStateException("seat in " + roomId + " already taken by " + learner.getEmail());
        conflict.printStackTrace(); // expect repeat PF003
    }

    public void seatMapCorrupt(String roomId) {
        IllegalStateException corrupt = new IllegalStateException("seat map of room " + roomId + " is corrupt");
        corrupt.printStackTrace();
    }
}
