package io.github.privacyflow.reactor.core;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Retain;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A learner enrolled in a class; stored in MySQL for 90 days after the course ends. */
@Entity
@Retain(days = 90)
public class Learner { // expect PF010

    @Id
    private Long id;

    @PersonalData(category = "user-interaction")
    private String nickname;

    private String phoneNumber; // expect PF002

    private String courseId;

    public Learner(String nickname, String phoneNumber, String courseId) {
        this.nickname = nickname;
        this.phoneNumber = phoneNumber;
        this.courseId = courseId;
    }

    protected Learner() {
    }

    public String getNickname() {
        return nickname;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public String getCourseId() {
        return courseId;
    }
}
