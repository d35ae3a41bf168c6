package io.github.privacyflow.flows.consent;

import io.github.privacyflow.flows.model.Participant;
import io.github.privacyflow.flows.model.ParticipantRole;
import io.github.privacyflow.flows.persistence.ParticipantDao;

/** Enrols students into rooms; the controllers call it. */
public class Enrolment {

    private final ConsentService consent;
    private final ParticipantDao participants;

    public Enrolment(ConsentService consent, ParticipantDao participants) {
        this.consent = consent;
        this.participants = participants;
    }

    /** Checks consent itself before it stores. */
    public Long enrol(String roomId, String ticket, String email, String nickname) {
        consent.requireConsent(roomId, ticket);
        Participant participant = new Participant(roomId, email, nickname, "0.0.0.0", ParticipantRole.STUDENT);
        participants.save(participant);
        return participant.getId();
    }

    /** Stores without asking: whoever calls it must have checked consent. */
    public Long enrolUnchecked(String roomId, String email, String nickname) {
        Participant participant = new Participant(roomId, email, nickname, "0.0.0.0", ParticipantRole.STUDENT);
        participants.save(participant);
        return participant.getId();
    }
}
