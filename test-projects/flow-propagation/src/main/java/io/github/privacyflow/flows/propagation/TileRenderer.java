package io.github.privacyflow.flows.propagation;

import io.github.privacyflow.flows.model.AttendanceEntry;
import io.github.privacyflow.flows.model.Participant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Renders video tiles, badges and greetings, and logs what it drew. No @Purpose: flows are PF003. */
public class TileRenderer {

    private static final Logger log = LoggerFactory.getLogger(TileRenderer.class);

    private final RoomLabeler labeler;

    public TileRenderer(RoomLabeler labeler) {
        this.labeler = labeler;
    }

    public void overriding(Participant participant) {
        String label = labeler.label(participant);
        // propagation: subclass dispatch (NamedRoomLabeler overrides label with the nickname)
        log.info("tile {}", label); // expect PF003
    }

    public void defaultMethod(Participant participant) {
        Badge badge = new NicknameBadge(participant);
        // propagation: an interface default method calling an implementation
        log.info("badge {}", badge.render()); // expect repeat PF003
    }

    public void recursion(Participant participant) {
        String shortName = NameShortener.shorten(participant.getNickname(), 8);
        // propagation: recursion
        log.info("short name {}", shortName); // expect repeat PF003
    }

    public void recursionOnRoom(Participant participant) {
        // silent: the same recursive method on a room id
        log.info("short room {}", NameShortener.shorten(participant.getRoomId(), 8));
    }

    public void enumMethod(Participant participant, Greeting greeting) {
        String text = greeting.render(participant.getNickname());
        // propagation: an enum's method (and its constant-specific override)
        log.info(text); // expect repeat PF003
    }

    public void enumConstantOnly(Greeting greeting) {
        // silent: the enum constant's name
        log.info("greeting style {}", greeting.name());
    }

    public void record(AttendanceEntry entry) {
        // propagation: a record component accessor
        log.info("{} stayed {} minutes", entry.nickname(), entry.minutesPresent()); // expect PF003
    }

    public void recordMinutes(AttendanceEntry entry) {
        // silent: the record's non-personal components
        log.info("room {}: {} minutes", entry.roomId(), entry.minutesPresent());
    }
}
