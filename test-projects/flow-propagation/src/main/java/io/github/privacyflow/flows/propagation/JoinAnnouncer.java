package io.github.privacyflow.flows.propagation;

import io.github.privacyflow.annotations.NotPersonalData;
import io.github.privacyflow.flows.anonymize.Pseudonyms;
import io.github.privacyflow.flows.model.HandRaise;
import io.github.privacyflow.flows.model.Participant;
import io.github.privacyflow.flows.model.Room;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces joins in the room's activity log. No @Purpose anywhere on the way: every flow of
 * personal data here is PF003. Each method is one case of string handling.
 */
public class JoinAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(JoinAnnouncer.class);
    private static final String WELCOME = "Welcome to the lesson";
    private static final String SUPPORT_EMAIL = "help@school.example";

    @NotPersonalData(reason = "the school office's shared inbox, configured per deployment")
    private final String contactEmail;

    public JoinAnnouncer(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public void locals(Participant participant) {
        String address = participant.getEmail();
        String copy = address;
        // propagation: local variables, copied
        log.info(copy); // expect PF003
    }

    public void overwritten(Participant participant) {
        String shown = participant.getEmail();
        shown = "a participant";
        // silent: the local was overwritten with a constant before the sink
        log.info(shown);
    }

    public void concatenation(Participant participant) {
        // propagation: + concatenation
        log.info("joined: " + participant.getNickname() + " in " + participant.getRoomId()); // expect PF003
    }

    public void builder(Participant participant) {
        StringBuilder line = new StringBuilder("join ");
        line.append(participant.getRoomId()).append(' ');
        line.append(participant.getIpAddress());
        // propagation: StringBuilder
        log.debug(line.toString()); // expect PF003
    }

    public void buffer(Participant participant) {
        StringBuffer line = new StringBuffer();
        line.append("nick=").append(participant.getNickname().toLowerCase(Locale.ROOT));
        // propagation: StringBuffer
        log.warn(line.toString()); // expect repeat PF003
    }

    public void calleeAppends(Participant participant) {
        StringBuilder line = new StringBuilder("join: ");
        appendWho(line, participant);
        // propagation: a callee appends personal data into the caller's StringBuilder
        log.info(line.toString()); // expect repeat PF003
    }

    private static void appendWho(StringBuilder line, Participant participant) {
        line.append(participant.getEmail());
    }

    public void calleeAppendsRoom(Participant participant) {
        StringBuilder line = new StringBuilder("join: ");
        appendRoom(line, participant);
        // silent: the callee appends only the room id
        log.info(line.toString());
    }

    private static void appendRoom(StringBuilder line, Participant participant) {
        line.append(participant.getRoomId());
    }

    public void format(Participant participant) {
        String line = String.format("%s joined %s as %s", participant.getNickname(), participant.getRoomId(), participant.getRole());
        // propagation: String.format
        log.info(line); // expect repeat PF003
    }

    public void join(Participant first, Participant second) {
        String pair = String.join(" & ", first.getNickname(), second.getNickname());
        // propagation: String.join
        log.trace(pair); // expect repeat PF003
    }

    public void valueOf(HandRaise handRaise) {
        String text = String.valueOf(handRaise.getRaisedAtEpochSecond());
        // propagation: String.valueOf of a field of a @PersonalData type
        log.info(text); // expect PF003
    }

    public void roomOfHandRaise(HandRaise handRaise) {
        // source: a bare roomId is personal in a @PersonalData type
        log.info("hand up in {}", handRaise.getRoomId()); // expect PF003
    }

    public void queuePosition(HandRaise handRaise) {
        // silent: @NotPersonalData overrides the type-level @PersonalData
        log.info("queue position {}", handRaise.getQueuePosition());
    }

    public void roomOnly(Participant participant) {
        // silent: the room id of a participant is not personal on its own
        log.info("someone joined room {}", participant.getRoomId());
    }

    public void roomFacts(Room room) {
        // silent: a room's id, title and capacity
        log.info("room {} ({}) seats {}", room.getRoomId(), room.getCourseTitle(), room.getCapacity());
    }

    public void constants() {
        String line = WELCOME + "!";
        // silent: a constant
        log.info(line);
    }

    public void supportAddress() {
        // silent: a constant named like personal data
        log.info("questions? write to {}", SUPPORT_EMAIL);
    }

    public void officeAddress() {
        // silent: @NotPersonalData stops the name heuristics
        log.info("questions? write to {}", contactEmail);
    }

    public void className(Participant participant) {
        // silent: getClass() of a personal object
        log.info("handled a {}", participant.getClass().getSimpleName());
    }

    public void length(Participant participant) {
        // silent: the length of an address is not the address
        log.info("address has {} characters", participant.getEmail().length());
    }

    public void comparisons(Participant participant, String expected) {
        boolean same = participant.getEmail().equalsIgnoreCase(expected);
        boolean school = participant.getEmail().endsWith(".edu");
        int bucket = participant.getNickname().hashCode() % 16;
        // silent: tests and hashes of personal data
        log.info("same={} school={} bucket={}", same, school, bucket);
    }

    public void pseudonymised(Participant participant) {
        String pseudonym = Pseudonyms.pseudonym(participant.getEmail());
        // silent: an @Anonymizer result
        log.info("joined: {}", pseudonym);
    }

    public void truncated(Participant participant) {
        // silent: an @Anonymizer result, used inline
        log.info("network {}", Pseudonyms.truncateAddress(participant.getIpAddress()));
    }

    public void role(Participant participant) {
        // silent: the role and counters of a participant are not personal fields
        log.info("role {} raised {} hands, muted {}", participant.getRole(), participant.getHandRaises(), participant.isMuted());
    }

    public void logThenTaint(Participant participant) {
        String message = "checking a join";
        // silent: the sink runs before the variable receives personal data
        log.info(message);
        message = participant.getEmail();
        validate(message);
    }

    private void validate(String address) {
        if (!address.contains("@")) {
            throw new IllegalArgumentException("not an address");
        }
    }
}
