package io.github.privacyflow.modules.core;

import io.github.privacyflow.annotations.PersonalData;

/** A learner of the classroom, shared by every module. */
public class Learner {

    @PersonalData(category = "user-interaction")
    private final String email;

    public Learner(String email) {
        this.email = email;
    }

    public String getEmail() {
        return email;
    }
}
