package io.github.privacyflow.flows.propagation;

import io.github.privacyflow.flows.model.Participant;
import io.github.privacyflow.flows.model.Recording;
import io.github.privacyflow.flows.model.Room;
import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.FileWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Exports rosters to files for teachers. No @Purpose, and no processor of the agreement takes
 * files: every personal flow here is PF003 and PF005.
 */
public class RosterExporter {

    private final Path exportDir;

    public RosterExporter(Path exportDir) {
        this.exportDir = exportDir;
    }

    public void writeString(Participant participant) throws IOException {
        String csv = participant.getRoomId() + ";" + participant.getEmail() + "\n";
        // sink: Files.writeString
        Files.writeString(exportDir.resolve("roster.csv"), csv); // expect PF005
    }

    public void fileWriter(Participant participant) throws IOException {
        try (Writer out = new BufferedWriter(new FileWriter(exportDir.resolve("ips.txt").toFile()))) {
            // sink: a BufferedWriter over a FileWriter
            out.write(participant.getIpAddress()); // expect PF005
        }
    }

    public void bufferedWriter(Participant participant) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(exportDir.resolve("emails.txt"))) {
            // sink: Files.newBufferedWriter
            out.write(participant.getEmail()); // expect repeat PF005
        }
    }

    public void fileOutputStream(Recording recording) throws IOException {
        try (OutputStream out = new FileOutputStream(exportDir.resolve(recording.getObjectKey() + ".mp4").toFile())) {
            // sink: a FileOutputStream receiving generated content
            out.write(recording.getContent()); // expect PF005
        }
    }

    public void header() throws IOException {
        // silent: a file receiving only constants
        Files.writeString(exportDir.resolve("header.csv"), "room;address\n");
    }

    public void roomsFile(List<Room> rooms) throws IOException {
        try (Writer out = new FileWriter(exportDir.resolve("rooms.txt").toFile())) {
            for (Room room : rooms) {
                // silent: room facts in a file
                out.write(room.getRoomId() + ";" + room.getCourseTitle() + "\n");
            }
        }
    }

    public String preview(Participant participant) throws IOException {
        StringWriter preview = new StringWriter();
        // silent: a StringWriter is memory, not a file
        preview.write(participant.getEmail());
        return preview.toString().length() + " characters";
    }

    public void countsFile(List<Participant> participants) throws IOException {
        byte[] count = String.valueOf(participants.size()).getBytes(StandardCharsets.UTF_8);
        // silent: a count in a file
        Files.write(exportDir.resolve("count.txt"), count);
    }
}
