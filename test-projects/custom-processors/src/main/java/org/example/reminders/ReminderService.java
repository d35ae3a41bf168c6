package org.example.reminders;

import io.github.privacyflow.annotations.Purpose;
import org.example.model.LessonRecording;
import org.example.model.Learner;

@Purpose("provide-feature")
public class ReminderService {

    private final SmsGateway sms = new SmsGateway();

    /** The learner's phone number goes to Tencent Cloud SMS, which the agreement lists for it. */
    public void remindOfLesson(Learner learner, String lessonTitle) {
        sms.send(learner.getPhoneNumber(), "Your lesson " + lessonTitle + " starts in 10 minutes");
    }

    /** A recording's link by SMS: recordings may go only to Cloud Object Storage. */
    public void shareRecording(Learner learner, LessonRecording recording) {
        sms.send(learner.getPhoneNumber(), "Watch again: " + recording.getShareLink()); // expect PF005
    }
}
