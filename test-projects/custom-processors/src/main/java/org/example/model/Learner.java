package org.example.model;

import io.github.privacyflow.annotations.PersonalData;

@PersonalData(category = "user-interaction")
public class Learner {

    private final String phoneNumber;
    private final String email;

    public Learner(String phoneNumber, String email) {
        this.phoneNumber = phoneNumber;
        this.email = email;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public String getEmail() {
        return email;
    }
}
