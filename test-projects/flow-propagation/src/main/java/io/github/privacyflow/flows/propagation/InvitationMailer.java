package io.github.privacyflow.flows.propagation;

import io.github.privacyflow.flows.model.Participant;
import io.github.privacyflow.flows.model.Room;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends invitations and reminders, and logs what it sent. No @Purpose: flows are PF003. */
public class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    public void setterAndGetter(Participant participant) {
        Invitation invitation = new Invitation();
        invitation.setRoomId(participant.getRoomId());
        invitation.setRecipient(participant.getEmail());
        // propagation: a setter stores it, a getter returns it
        log.info("invitation to {}", invitation.getRecipient()); // expect PF003
    }

    public void setterOfRoom(Room room) {
        Invitation invitation = new Invitation();
        invitation.setRoomId(room.getRoomId());
        // silent: the other property of the same bean only ever holds room ids
        log.info("invitation for room {}", invitation.getRoomId());
    }

    public void constructor(Participant participant) {
        Reminder reminder = new Reminder(participant.getEmail(), "Class starts in 10 minutes");
        // propagation: a constructor stores it, an accessor returns it. Its own finding: a log line of
        // another method logging less than setterAndGetter's line (not the invitation's recipient field)
        log.info("reminder for {}", reminder.to()); // expect PF003
    }

    public void constructorText(Room room) {
        Reminder reminder = new Reminder("teachers@school.example", room.getCourseTitle() + " starts soon");
        // silent: the constructor's other parameter only ever receives course titles
        log.info("reminder text {}", reminder.text());
    }

    public void innerClass(Participant participant) {
        PendingInvite pending = new PendingInvite(participant.getNickname());
        pending.send();
    }

    /** A non-static inner class holding who is invited until it is sent. */
    private class PendingInvite {

        private final String target;

        PendingInvite(String target) {
            this.target = target;
        }

        void send() {
            // propagation: an inner class's field, read in its method
            log.info("sending invite to {}", target); // expect PF003
        }
    }

    public void anonymousClass(Participant participant) {
        String address = participant.getEmail();
        Runnable retry = new Runnable() {
            @Override
            public void run() {
                // propagation: an anonymous class capturing a personal local
                log.warn("retrying delivery to {}", address); // expect repeat PF003
            }
        };
        retry.run();
    }

    public void anonymousClassOfRoom(Room room) {
        String roomId = room.getRoomId();
        Runnable reopen = new Runnable() {
            @Override
            public void run() {
                // silent: an anonymous class capturing a room id
                log.info("reopening {}", roomId);
            }
        };
        reopen.run();
    }
}
