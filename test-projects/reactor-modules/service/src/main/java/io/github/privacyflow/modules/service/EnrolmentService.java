package io.github.privacyflow.modules.service;

import io.github.privacyflow.modules.core.AuditLog;
import io.github.privacyflow.modules.core.Learner;

/** Enrols learners; its calls into the core module's audit trail are its own findings. */
public class EnrolmentService {

    private final AuditLog audit = new AuditLog();

    public void enrol(Learner learner) {
        audit.record("enrolled " + learner.getEmail()); // expect PF003
        audit.recordLearner(learner);
        audit.recordCount(1);
    }

    /** Passes its text on: whether that is personal data is the caller's business. */
    public void announce(String text) {
        audit.record(text);
    }

    public void greet(Learner learner) {
        System.out.println("hello " + learner.getEmail()); // expect repeat PF003
    }
}
