package io.github.privacyflow.classroom.participant;

import io.github.privacyflow.annotations.Purpose;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Admits attendees and deletes them when their retention period ends. */
@Purpose("provide-feature")
public class AttendeeService {

    private static final Logger log = LoggerFactory.getLogger(AttendeeService.class);
    private static final Pattern EMAIL_PATTERN = Pattern.compile("^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$");
    private static final Duration RETENTION = Duration.ofDays(180);

    private final AttendeeRepository attendeeRepository;
    private final Clock clock;

    public AttendeeService(AttendeeRepository attendeeRepository, Clock clock) {
        this.attendeeRepository = attendeeRepository;
        this.clock = clock;
    }

    public Attendee admit(JoinCommand command, String remoteAddress) {
        if (!EMAIL_PATTERN.matcher(command.email()).matches()) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        Attendee attendee = new Attendee(command.roomId(), command.nickname(), command.email(), remoteAddress,
                clock.instant());
        attendeeRepository.save(attendee);
        log.info("Admitted an attendee into room {} (client {})", command.roomId(), command.clientVersion());
        return attendee;
    }

    /** Nightly. */
    public int purgeExpired() {
        List<Attendee> expired = attendeeRepository.joinedBefore(clock.instant().minus(RETENTION));
        expired.forEach(attendeeRepository::delete);
        log.info("Deleted {} expired attendees", expired.size());
        return expired.size();
    }
}
