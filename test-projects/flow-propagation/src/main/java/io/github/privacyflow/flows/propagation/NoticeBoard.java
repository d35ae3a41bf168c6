package io.github.privacyflow.flows.propagation;

import io.github.privacyflow.flows.model.Participant;
import io.github.privacyflow.flows.model.Room;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The room's notice board: remembers the latest arrival and the next notice to show. */
public class NoticeBoard {

    private static final Logger log = LoggerFactory.getLogger(NoticeBoard.class);

    private static String recentArrival = "nobody yet";

    private static String lastOpenedRoom = "none";

    private String pendingNotice = "";

    private String pendingBanner = "";

    private final List<String> speakerQueue = new ArrayList<>();

    private final List<String> roomQueue = new ArrayList<>();

    public static void arrived(Participant participant) {
        recentArrival = participant.getNickname();
    }

    public static void printArrival() {
        // propagation: a static field written elsewhere with personal data
        log.info("most recent arrival: {}", recentArrival); // expect PF003
    }

    public static void opened(Room room) {
        lastOpenedRoom = room.getRoomId();
    }

    public static void printOpened() {
        // silent: a static field that only ever holds room ids
        log.info("last opened room: {}", lastOpenedRoom);
    }

    public void compose(Participant participant) {
        this.pendingNotice = "Please welcome " + participant.getNickname();
    }

    public void flush() {
        // propagation: an instance field written in another method with personal data
        log.info(pendingNotice); // expect repeat PF003
    }

    public void composeBanner(Room room) {
        this.pendingBanner = "Now: " + room.getCourseTitle();
    }

    public void flushBanner() {
        // silent: an instance field that only ever holds course titles
        log.info(pendingBanner);
    }

    public void queueSpeaker(Participant participant) {
        speakerQueue.add(participant.getNickname());
    }

    public void showSpeakers() {
        // propagation: a list held in a field, filled by another method
        log.info("speakers: {}", speakerQueue); // expect repeat PF003
    }

    public void queueRoom(Room room) {
        roomQueue.add(room.getRoomId());
    }

    public void showRooms() {
        // silent: a list field that only ever holds room ids
        log.info("rooms: {}", roomQueue);
    }
}
