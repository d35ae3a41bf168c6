package io.github.privacyflow.flows.propagation;

import io.github.privacyflow.flows.model.Participant;
import io.github.privacyflow.flows.model.Room;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Summarises a room's roster for the teacher's dashboard log. No @Purpose: flows are PF003. */
public class RosterDigest {

    private static final Logger log = LoggerFactory.getLogger(RosterDigest.class);

    public void array(Participant participant) {
        String[] row = {participant.getRoomId(), participant.getEmail()};
        // propagation: array element
        log.info("row {}", row[1]); // expect PF003
    }

    public void arrayOfRooms(Room room) {
        String[] row = {room.getRoomId(), room.getCourseTitle()};
        // silent: an array of room facts
        log.info("row {}", row[1]);
    }

    public void list(List<Participant> participants) {
        List<String> addresses = new ArrayList<>();
        for (Participant participant : participants) {
            addresses.add(participant.getEmail());
        }
        // propagation: List (a list that had personal data added is personal)
        log.info("mailing {}", addresses); // expect repeat PF003
    }

    public void listSize(List<Participant> participants) {
        List<String> addresses = new ArrayList<>();
        for (Participant participant : participants) {
            addresses.add(participant.getEmail());
        }
        // silent: size() and isEmpty() of a personal list
        log.info("{} addresses, empty={}", addresses.size(), addresses.isEmpty());
    }

    public void listContains(List<Participant> participants, String address) {
        List<String> addresses = new ArrayList<>();
        for (Participant participant : participants) {
            addresses.add(participant.getEmail());
        }
        // silent: contains() answers yes or no
        log.info("already invited: {}", addresses.contains(address));
    }

    public void map(List<Participant> participants, String roomId) {
        Map<String, String> nicknameByRoom = new HashMap<>();
        for (Participant participant : participants) {
            nicknameByRoom.put(participant.getRoomId(), participant.getNickname());
        }
        String nickname = nicknameByRoom.get(roomId);
        // propagation: Map put then get
        log.info("last in {}: {}", roomId, nickname); // expect PF003
    }

    public void mapOfCounts(List<Room> rooms) {
        Map<String, Integer> seats = new HashMap<>();
        for (Room room : rooms) {
            seats.put(room.getRoomId(), room.getCapacity());
        }
        // silent: a map of room capacities
        log.info("seats {}", seats);
    }

    public void mapKeyTest(Map<String, Participant> byTicket, String ticket) {
        // silent: containsKey() answers yes or no
        log.info("ticket known: {}", byTicket.containsKey(ticket));
    }

    public void optional(Participant participant) {
        String shown = Optional.ofNullable(participant.getNickname()).map(String::trim).orElse("guest");
        // propagation: Optional
        log.info("shown as {}", shown); // expect repeat PF003
    }

    public void optionalPresence(Participant participant) {
        boolean named = Optional.ofNullable(participant.getNickname()).isPresent();
        // silent: isPresent() of a personal Optional
        log.info("has a nickname: {}", named);
    }

    public void streamMapCollect(List<Participant> participants) {
        List<String> addresses = participants.stream().map(Participant::getEmail).collect(Collectors.toList());
        // propagation: stream map (method reference to a getter) and collect
        log.info("addresses {}", addresses); // expect repeat PF003
    }

    public void streamFilter(List<Participant> participants) {
        List<String> nicknames = new ArrayList<>();
        for (Participant participant : participants) {
            nicknames.add(participant.getNickname());
        }
        String teachers = nicknames.stream().filter(nickname -> nickname.startsWith("Prof")).collect(Collectors.joining(", "));
        // propagation: stream filter of a personal list, then joining
        log.info("teachers: {}", teachers); // expect repeat PF003
    }

    public void streamOfRooms(List<Participant> participants) {
        List<String> rooms = participants.stream().map(Participant::getRoomId).distinct().collect(Collectors.toList());
        // silent: streaming participants' room ids
        log.info("rooms {}", rooms);
    }

    public void streamCountByRole(List<Participant> participants) {
        Map<Object, List<String>> byRole = participants.stream()
                .collect(Collectors.groupingBy(Participant::getRole, Collectors.mapping(Participant::getRoomId, Collectors.toList())));
        // silent: grouping room ids by role
        log.info("by role {}", byRole);
    }
}
