package io.github.privacyflow.flows.quality;

import io.github.privacyflow.flows.model.Participant;
import io.github.privacyflow.flows.model.Recording;
import io.github.privacyflow.flows.persistence.RecordingStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Diagnoses dropped connections. The package declares troubleshooting. */
public class ConnectionDiagnostics {

    private static final Logger log = LoggerFactory.getLogger(ConnectionDiagnostics.class);

    private final HttpClient http = HttpClient.newHttpClient();
    private final RecordingStore store;
    private final Path dumpDir;

    public ConnectionDiagnostics(RecordingStore store, Path dumpDir) {
        this.store = store;
        this.dumpDir = dumpDir;
    }

    public void dropped(Participant participant, long latencyMillis) {
        // permitted: user-interaction logged for troubleshooting (package purpose)
        log.warn("connection of {} from {} dropped after {} ms", participant.getNickname(), participant.getIpAddress(), latencyMillis);
    }

    public void droppedOnConsole(Participant participant) {
        // permitted: the console is logging too
        System.err.println("dropped: " + participant.getIpAddress());
    }

    public void stackTrace(Participant participant) {
        IllegalStateException problem = new IllegalStateException("ICE failed for " + participant.getIpAddress());
        // permitted: printStackTrace is logging
        problem.printStackTrace();
    }

    public void recordingStalled(Recording recording) {
        // troubleshooting is not a purpose of generated content, and logs are not its processor
        log.warn("recording {} stalled", recording.getObjectKey()); // expect PF004
    }

    public void uploadSample(Recording recording) {
        // object storage is generated content's processor, but troubleshooting is not its purpose
        store.upload("samples/" + recording.getObjectKey(), recording.getContent()); // expect PF004
    }

    public void shipDiagnostics(Participant participant) {
        // permitted: user-interaction handed to the log service for troubleshooting
        store.shipToLogService("diagnostics", participant.getIpAddress());
    }

    public void dumpToFile(Participant participant) throws IOException {
        // troubleshooting is permitted, but no processor takes files
        Files.writeString(dumpDir.resolve("ice.txt"), participant.getIpAddress()); // expect PF005
    }

    public void reportToVendor(Participant participant) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://rtc-vendor.example/report"))
                .POST(HttpRequest.BodyPublishers.ofString(participant.getIpAddress())).build();
        // troubleshooting is permitted, but no processor is reached over HTTP
        http.send(request, HttpResponse.BodyHandlers.discarding()); // expect PF005
    }

    public void latencyOnly(String roomId, long latencyMillis) {
        // silent: no personal data at all
        log.info("room {} latency {} ms", roomId, latencyMillis);
    }
}
