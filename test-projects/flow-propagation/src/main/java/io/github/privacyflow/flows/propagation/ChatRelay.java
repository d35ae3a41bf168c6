package io.github.privacyflow.flows.propagation;

import io.github.privacyflow.flows.model.ChatMessage;
import io.github.privacyflow.flows.model.Participant;
import io.github.privacyflow.flows.model.Room;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Relays chat and presence events to the room's activity log. No @Purpose: flows are PF003. */
public class ChatRelay {

    private static final Logger log = LoggerFactory.getLogger(ChatRelay.class);

    public void lambdaOverList(List<Participant> participants) {
        List<String> addresses = new ArrayList<>();
        for (Participant participant : participants) {
            addresses.add(participant.getEmail());
        }
        // propagation: a lambda passed to a library method receives the list's elements
        addresses.forEach(address -> log.info("inviting {}", address)); // expect PF003
    }

    public void lambdaOverElements(List<Participant> participants) {
        // propagation: a lambda reading a getter of each element
        participants.forEach(participant -> log.info("present: {}", participant.getNickname())); // expect PF003
    }

    public void lambdaCapture(Participant participant) {
        String nickname = participant.getNickname();
        // propagation: a lambda capturing a personal local, run by a library
        CompletableFuture.runAsync(() -> log.info("late joiner {}", nickname)); // expect repeat PF003
    }

    public void supplier(Participant participant) {
        Supplier<String> who = () -> participant.getEmail();
        // propagation: a lambda's result, fetched through a library interface
        log.info("on behalf of {}", who.get()); // expect repeat PF003
    }

    public void supplierOfRoom(Participant participant) {
        String roomId = participant.getRoomId();
        Supplier<String> where = () -> roomId;
        // silent: the lambda captures and returns only the room id
        log.info("in {}", where.get());
    }

    public void lambdaFillsCapturedList(List<Participant> participants) {
        List<String> nicknames = new ArrayList<>();
        participants.forEach(participant -> nicknames.add(participant.getNickname()));
        // propagation: a lambda adding personal data to a captured list
        log.info("present: {}", nicknames); // expect repeat PF003
    }

    public void methodReferenceToProgram(List<Participant> participants) {
        List<String> addresses = new ArrayList<>();
        for (Participant participant : participants) {
            addresses.add(participant.getEmail());
        }
        addresses.forEach(this::announce);
    }

    private void announce(String address) {
        // propagation: a method reference to a program method, called by a library with personal data
        log.info("announcing {}", address); // expect repeat PF003
    }

    public void methodReferenceToSink(List<Participant> participants) {
        List<String> nicknames = new ArrayList<>();
        for (Participant participant : participants) {
            nicknames.add(participant.getNickname());
        }
        // propagation: a method reference to the logger itself
        nicknames.forEach(log::info); // expect repeat PF003
    }

    public void relayBody(ChatMessage message) {
        // silent: the length of what was written, and a room id
        log.info("{} chars in room {}", message.body().length(), message.roomId());
    }

    public void lambdaOverRooms(List<Room> rooms) {
        List<String> roomIds = new ArrayList<>();
        for (Room room : rooms) {
            roomIds.add(room.getRoomId());
        }
        // silent: a lambda over room ids
        roomIds.forEach(roomId -> log.info("room {} is live", roomId));
    }

    public void lambdaOverElementRooms(List<Participant> participants) {
        // silent: a lambda reading a non-personal getter of each element
        participants.forEach(participant -> log.debug("seat in {}", participant.getRoomId()));
    }

    public void lambdaCapturingConstant(Participant participant) {
        String note = "presence check";
        boolean muted = participant.isMuted();
        // silent: the lambda captures a constant and a flag
        CompletableFuture.runAsync(() -> log.info("{} muted={}", note, muted));
    }
}
