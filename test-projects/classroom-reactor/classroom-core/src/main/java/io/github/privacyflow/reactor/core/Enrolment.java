package io.github.privacyflow.reactor.core;

import io.github.privacyflow.annotations.Purpose;

/** Enrols learners: the core's own use of the activity log, with a purpose. */
@Purpose("provide-feature")
public class Enrolment {

    public Learner enrol(String nickname, String phoneNumber, String courseId) {
        Learner learner = new Learner(nickname, phoneNumber, courseId);
        ActivityLog.record(learner.getNickname(), "enrolled");
        ActivityLog.course(courseId, "has a new learner");
        return learner;
    }
}
