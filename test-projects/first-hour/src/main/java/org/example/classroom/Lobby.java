package org.example.classroom;

import io.github.privacyflow.annotations.Purpose;
import java.util.logging.Logger;

@Purpose("provide-feature")
public class Lobby {

    private static final Logger LOG = Logger.getLogger(Lobby.class.getName());

    private String contactEmail; // expect PF002

    /** Logging who joined is permitted: the agreement lists Cloud Log Service for this data. */
    public void join(Attendee attendee) {
        LOG.info("joined: " + attendee.getNickname());
    }

    public String getContactEmail() {
        return contactEmail;
    }
}
