package io.github.privacyflow.demo.participant;

import java.net.URI;

/** Sends transactional e-mail through the school's mail relay. */
public interface EmailService {

    void send(String to, String subject, String textBody);

    default void sendInvitation(String to, String roomName, URI joinLink) {
        send(to, "You are invited to " + roomName,
                "Join the live class \"" + roomName + "\" here: " + joinLink + "\n\nThe link works for 24 hours.");
    }
}
