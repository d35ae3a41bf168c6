package io.github.privacyflow.sinks.model;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Retain;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A participant of a live class, as the room service knows them. The only personal data of this
 * project: every flow to a sink starts at one of these fields or their getters.
 */
@Entity
@Table(name = "learner")
@Retain(days = 30)
public class Learner {

    @Id
    @GeneratedValue
    private Long id;

    @PersonalData(category = "user-interaction")
    private String email;

    @PersonalData(category = "user-interaction")
    private String nickname;

    @PersonalData(category = "user-interaction")
    private String clientIp;

    protected Learner() {
    }

    public Learner(String email, String nickname, String clientIp) {
        this.email = email;
        this.nickname = nickname;
        this.clientIp = clientIp;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getNickname() {
        return nickname;
    }

    public String getClientIp() {
        return clientIp;
    }

    public void rename(String newNickname) {
        this.nickname = newNickname;
    }
}
