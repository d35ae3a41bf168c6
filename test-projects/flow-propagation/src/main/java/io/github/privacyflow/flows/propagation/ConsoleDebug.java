package io.github.privacyflow.flows.propagation;

import io.github.privacyflow.flows.model.Participant;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Debug output left in by a developer. No @Purpose: flows are PF003. */
public class ConsoleDebug {

    public void stdout(Participant participant) {
        // sink: System.out
        System.out.println("joined " + participant.getEmail()); // expect PF003
    }

    public void stderr(Participant participant) {
        // sink: System.err
        System.err.print(participant.getIpAddress()); // expect PF003
    }

    public void stackTrace(Participant participant) {
        IllegalStateException problem = new IllegalStateException("cannot admit " + participant.getNickname());
        // sink: printStackTrace of an exception carrying personal data
        problem.printStackTrace(); // expect PF003
    }

    public void countsOnly(List<Participant> participants) {
        // silent: a count on the console
        System.out.println("participants: " + participants.size());
    }

    public void memoryStream(Participant participant) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream preview = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        // silent: a PrintStream into memory is not the console
        preview.println(participant.getEmail());
    }

    public void caughtException(Participant participant) {
        try {
            Integer.parseInt(participant.getRoomId());
        } catch (NumberFormatException e) {
            // silent: an exception thrown by the library with its own message
            e.printStackTrace();
        }
    }
}
