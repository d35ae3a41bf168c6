package org.example.generated;

import io.github.privacyflow.annotations.Sensitive;

/** Generated from the old enrolment form; excluded from the check by the pom's excludes. */
public class LegacyHealthForm {

    @Sensitive(kind = "health")
    private String medicalConditions;

    public String medicalConditions() {
        return medicalConditions;
    }
}
