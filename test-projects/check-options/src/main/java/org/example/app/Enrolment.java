package org.example.app;

import io.github.privacyflow.annotations.Sensitive;

/** A course enrolment. Its nested types are excluded by class name in the pom, each written its own way. */
public class Enrolment {

    private final String courseCode;

    public Enrolment(String courseCode) {
        this.courseCode = courseCode;
    }

    public String getCourseCode() {
        return courseCode;
    }

    /** Excluded as org.example.app.Enrolment$MedicalNote: its PF001 is not reported. */
    public static class MedicalNote {
        @Sensitive(kind = "health")
        private String allergy;
    }

    /** Excluded as Enrolment.GuardianContact: its PF002 is not reported. */
    public static class GuardianContact {
        private String guardianEmail;
    }
}
