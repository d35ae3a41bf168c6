package io.github.privacyflow.lombokflows.service;

import io.github.privacyflow.annotations.ConsentGate;
import java.util.HashSet;
import java.util.Set;

/** The consent register of the school. */
public class ConsentCheck {

    private final Set<String> tickets = new HashSet<>();

    @ConsentGate
    public void require(String ticket) {
        if (!tickets.contains(ticket)) {
            throw new IllegalStateException("no consent recorded for this ticket");
        }
    }
}
