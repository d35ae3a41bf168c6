package io.github.privacyflow.demo.participant;

import io.github.privacyflow.annotations.Purpose;
import io.github.privacyflow.demo.logging.AuditTrail;
import io.github.privacyflow.demo.persistence.ParticipantDao;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Admits people into rooms, tracks who is present, and removes rows whose period has ended. */
@Purpose({"provide-feature", "troubleshooting"})
public class ParticipantService {

    private static final Logger log = LoggerFactory.getLogger(ParticipantService.class);
    private static final Duration RETENTION = Duration.ofDays(180);

    private final ParticipantDao participantDao;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ParticipantService(ParticipantDao participantDao, AuditTrail auditTrail, Clock clock) {
        this.participantDao = participantDao;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    public Participant admit(JoinRequest request, String email, String remoteAddress) {
        Participant participant = new Participant(request.roomId(), request.nickname(), email, remoteAddress,
                request.requestedRole(), clock.instant());
        participantDao.save(participant);
        log.info("Admitted a {} into room {} (client {})", request.requestedRole(), request.roomId(), request.clientVersion());
        return participant;
    }

    public void leave(Participant participant) {
        participant.leave(clock.instant());
        participantDao.update(participant);
    }

    public List<StudentProfile> importRoster(List<String> csvLines) {
        List<StudentProfile> profiles = new ArrayList<>();
        for (String line : csvLines) {
            profiles.add(RosterCsvRow.parse(line).toProfile());
        }
        log.info("Imported {} roster rows", profiles.size());
        return profiles;
    }

    /** Nightly: deletes participants whose retention period has ended. */
    public int purgeExpired() {
        Instant cutoff = clock.instant().minus(RETENTION);
        int removed = 0;
        for (Participant participant : participantDao.joinedBefore(cutoff)) {
            participantDao.delete(participant);
            auditTrail.participantRemoved(participant.getRoomId(), participant.getId());
            removed++;
        }
        log.info("Purged {} participant rows older than {}", removed, cutoff);
        return removed;
    }
}
