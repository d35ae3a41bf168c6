package io.github.privacyflow.sinks.sms;

import com.twilio.base.ResourceSet;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.verify.v2.service.Verification;
import com.twilio.type.PhoneNumber;
import io.github.privacyflow.sinks.model.Learner;
import io.github.privacyflow.sinks.model.LiveRoom;

/**
 * Text messages through Twilio: the lesson reminder to the number a family gave, the sign-in code
 * sent to a learner's email through Twilio Verify, and the room alert to the duty teacher. The
 * agreement names no processor for SMS, so every flow lacks both a purpose and a permitted
 * processor.
 */
public class SmsSinks {

    private static final PhoneNumber SCHOOL_NUMBER = new PhoneNumber("+15005550006");
    private static final PhoneNumber DUTY_TEACHER = new PhoneNumber("+15005550001");
    private static final String VERIFY_SERVICE = "VA00000000000000000000000000000000";

    public String remind(Learner learner, LiveRoom room, String familyNumber) {
        Message sent = Message.creator(new PhoneNumber(familyNumber), SCHOOL_NUMBER,
                "Hi " + learner.getNickname() + ", " + room.getTitle() + " starts in 15 minutes").create(); // expect PF005
        return sent.getSid();
    }

    public String sendSignInCode(Learner learner) {
        Verification verification = Verification.creator(VERIFY_SERVICE, learner.getEmail(), "email").create(); // expect PF005
        return verification.getStatus();
    }

    /** The duty teacher is told a room is full: a room's name is nobody's data. */
    public void alertRoomFull(LiveRoom room) {
        Message.creator(DUTY_TEACHER, SCHOOL_NUMBER, room.getTitle() + " is full (" + room.getSeats() + " seats)").create();
    }

    /** Reading the delivery log sends nothing. */
    public ResourceSet<Message> deliveryLog() {
        return Message.reader().limit(20).read();
    }
}
