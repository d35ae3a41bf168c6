package io.github.privacyflow.flows.web;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Purpose;
import io.github.privacyflow.flows.consent.ConsentService;
import io.github.privacyflow.flows.consent.Enrolment;
import io.github.privacyflow.flows.model.Participant;
import io.github.privacyflow.flows.model.ParticipantRole;
import io.github.privacyflow.flows.model.Room;
import io.github.privacyflow.flows.persistence.ParticipantDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Joining rooms over the REST API. The class declares provide-feature. */
@RestController
@RequestMapping("/rooms")
@Purpose("provide-feature")
public class JoinController {

    private static final Logger log = LoggerFactory.getLogger(JoinController.class);

    private final ParticipantDao participants;
    private final ConsentService consent;
    private final Enrolment enrolment;

    public JoinController(ParticipantDao participants, ConsentService consent, Enrolment enrolment) {
        this.participants = participants;
        this.consent = consent;
        this.enrolment = enrolment;
    }

    // consent: the store happens and no gate was ever called
    @PostMapping("/{roomId}/join")
    public Long join(@PathVariable String roomId, // expect PF009
            @RequestParam @PersonalData(category = "user-interaction") String email,
            @RequestParam @PersonalData(category = "user-interaction") String nickname) {
        Participant participant = new Participant(roomId, email, nickname, "0.0.0.0", ParticipantRole.STUDENT);
        participants.save(participant);
        return participant.getId();
    }

    // consent: gate first on every path (silent)
    @PostMapping("/{roomId}/join-with-ticket")
    public Long joinWithTicket(@PathVariable String roomId, @RequestParam String ticket,
            @RequestParam @PersonalData(category = "user-interaction") String email,
            @RequestParam @PersonalData(category = "user-interaction") String nickname) {
        consent.requireConsent(roomId, ticket);
        Participant participant = new Participant(roomId, email, nickname, "0.0.0.0", ParticipantRole.STUDENT);
        participants.save(participant);
        return participant.getId();
    }

    // consent: the gate is called in one branch only
    @PostMapping("/{roomId}/guest")
    public Long joinAsGuest(@PathVariable String roomId, @RequestParam String ticket, // expect PF009
            @RequestParam @PersonalData(category = "user-interaction") String nickname) {
        if (!ticket.isEmpty()) {
            consent.requireConsent(roomId, ticket);
        }
        Participant participant = new Participant(roomId, "", nickname, "0.0.0.0", ParticipantRole.STUDENT);
        participants.save(participant);
        return participant.getId();
    }

    // consent: a helper that calls the gate on every path (silent)
    @PutMapping("/{roomId}/participants/{id}/nickname")
    public void rename(@PathVariable String roomId, @PathVariable Long id, @RequestParam String ticket,
            @RequestParam @PersonalData(category = "user-interaction") String nickname) {
        consent.ensureEnrolled(roomId, ticket);
        Participant participant = new Participant(roomId, "", nickname, "0.0.0.0", ParticipantRole.STUDENT);
        participants.update(participant);
    }

    // consent: the gate comes after the store
    @PatchMapping("/{roomId}/participants/{id}")
    public void mute(@PathVariable String roomId, @PathVariable Long id, @RequestParam String ticket, // expect PF009
            @RequestParam @PersonalData(category = "user-interaction") String nickname) {
        Participant participant = new Participant(roomId, "", nickname, "0.0.0.0", ParticipantRole.STUDENT);
        participant.setMuted(true);
        participants.update(participant);
        consent.requireConsent(roomId, ticket);
    }

    // consent: the callee checks consent before it stores (silent)
    @PostMapping("/{roomId}/enrol")
    public Long enrol(@PathVariable String roomId, @RequestParam String ticket,
            @RequestParam @PersonalData(category = "user-interaction") String email,
            @RequestParam @PersonalData(category = "user-interaction") String nickname) {
        return enrolment.enrol(roomId, ticket, email, nickname);
    }

    // consent: the store is two calls deep (Enrolment, ParticipantDao) and nobody checks consent
    @RequestMapping(path = "/{roomId}/quick-join", method = org.springframework.web.bind.annotation.RequestMethod.POST)
    public Long quickJoin(@PathVariable String roomId, // expect PF009
            @RequestParam @PersonalData(category = "user-interaction") String email,
            @RequestParam @PersonalData(category = "user-interaction") String nickname) {
        return enrolment.enrolUnchecked(roomId, email, nickname);
    }

    // consent: a room holds no personal data, so storing it needs no gate (silent)
    @PostMapping
    public Long open(@RequestParam String roomId, @RequestParam String courseTitle) {
        Room room = new Room(roomId, courseTitle, 30);
        participants.saveRoom(room);
        return room.getId();
    }

    // consent: no store at all, only a permitted log line (silent)
    @GetMapping("/{roomId}/whoami")
    public String whoami(@PathVariable String roomId, @RequestParam @PersonalData(category = "user-interaction") String nickname) {
        log.info("{} asked who they are in {}", nickname, roomId);
        return nickname;
    }

    // consent: erasing is not storing (silent)
    @DeleteMapping("/{roomId}/participants/{id}")
    public void leave(@PathVariable String roomId, @PathVariable Long id) {
        participants.erase(new Participant(roomId, "", "", "", ParticipantRole.STUDENT));
    }
}
