package io.github.privacyflow.flows.consent;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Records which end users gave consent and are old enough to use the classroom. */
public class ConsentService {

    private final Set<String> consented = ConcurrentHashMap.newKeySet();

    /** Fails unless the end user joining this room gave consent and has the minimum age. */
    @io.github.privacyflow.annotations.ConsentGate
    public void requireConsent(String roomId, String ticket) {
        if (!consented.contains(roomId + "/" + ticket)) {
            throw new IllegalStateException("no consent on record for this ticket");
        }
    }

    /** Checks enrolment; every path through it checks consent first. */
    public void ensureEnrolled(String roomId, String ticket) {
        if (ticket.startsWith("staff-")) {
            requireConsent(roomId, ticket);
            return;
        }
        requireConsent(roomId, ticket);
    }

    public void grant(String roomId, String ticket) {
        consented.add(roomId + "/" + ticket);
    }
}
