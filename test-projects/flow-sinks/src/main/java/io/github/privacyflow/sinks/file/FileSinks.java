package io.github.privacyflow.sinks.file;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.privacyflow.sinks.model.Learner;
import java.io.BufferedWriter;
import java.io.File;
import java.io.FileOutputStream;
import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Files the classroom back end writes on its own disk: roster exports for teachers, the offline
 * attendance spool, the local chat archive and the seat map cache. No processor of the agreement
 * covers a local file, so every flow lacks both a purpose and a permitted processor.
 */
public class FileSinks {

    private final Path exportDirectory;

    public FileSinks(Path exportDirectory) {
        this.exportDirectory = exportDirectory;
    }

    /**
     * The roster as the teacher's page previews it. A PrintWriter over a StringWriter writes to
     * memory, not to a file, so its println calls are no sinks.
     */
    public static String rosterPreview(List<Learner> roster) {
        StringWriter buffer = new StringWriter();
        PrintWriter preview = new PrintWriter(buffer);
        preview.println("nickname,email");
        for (Learner learner : roster) {
            preview.println(learner.getNickname() + "," + learner.getEmail());
        }
        preview.flush();
        return buffer.toString();
    }

    static String rosterCsv(List<Learner> roster) {
        StringBuilder csv = new StringBuilder("nickname,email\n");
        for (Learner learner : roster) {
            csv.append(learner.getNickname()).append(',').append(learner.getEmail()).append('\n');
        }
        return csv.toString();
    }

    public Path exportRoster(List<Learner> roster, String roomId) throws IOException {
        Path target = exportDirectory.resolve("roster-" + roomId + ".csv");
        Files.writeString(target, rosterCsv(roster)); // expect PF005
        Files.writeString(exportDirectory.resolve("roster-" + roomId + ".done"), "complete");
        return target;
    }

    public void spoolCheckIn(Learner learner, String roomId) throws IOException {
        try (BufferedWriter spool = Files.newBufferedWriter(exportDirectory.resolve("check-ins.spool"), StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            spool.write(roomId + ";");
            spool.write(learner.getEmail()); // expect repeat PF005
            spool.newLine();
        }
    }

    public void archiveChatLine(Learner author, String roomId, String text) throws IOException {
        File archive = exportDirectory.resolve("chat-" + roomId + ".log").toFile();
        try (PrintWriter out = new PrintWriter(new BufferedWriter(new FileWriter(archive, UTF_8, true)))) {
            out.println("--- " + roomId + " ---");
            out.println(author.getNickname() + "@" + author.getClientIp() + ": " + text); // expect PF005
        }
    }

    public void writeDeviceReport(Learner learner, String roomId) throws IOException {
        String json = String.format("{\"room\":\"%s\",\"ip\":\"%s\"}", roomId, learner.getClientIp());
        try (FileOutputStream report = new FileOutputStream(exportDirectory.resolve("device-" + roomId + ".json").toFile())) {
            report.write(json.getBytes(UTF_8)); // expect repeat PF005
        }
    }

    public void cacheSeat(Learner learner, int seatNumber, String roomId) throws IOException {
        try (RandomAccessFile seatMap = new RandomAccessFile(exportDirectory.resolve("seats-" + roomId + ".bin").toFile(), "rw")) {
            seatMap.seek(seatNumber * 64L);
            seatMap.writeInt(seatNumber);
            seatMap.writeUTF(learner.getNickname()); // expect repeat PF005
        }
    }

    public void appendHandRaise(Learner learner, String roomId) throws IOException {
        try (FileChannel journal = FileChannel.open(exportDirectory.resolve("hands-" + roomId + ".journal"), StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            journal.write(ByteBuffer.wrap((learner.getNickname() + "\n").getBytes(UTF_8))); // expect repeat PF005
            journal.write(ByteBuffer.wrap("--\n".getBytes(UTF_8)));
        }
    }
}
