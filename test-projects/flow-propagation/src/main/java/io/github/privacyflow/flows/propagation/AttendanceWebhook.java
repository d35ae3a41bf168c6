package io.github.privacyflow.flows.propagation;

import io.github.privacyflow.flows.model.AttendanceEntry;
import io.github.privacyflow.flows.model.Participant;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Pushes attendance to a school's own system over HTTP. No @Purpose, and no processor of the
 * agreement is reached over HTTP: personal flows are PF003 and PF005.
 */
public class AttendanceWebhook {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;
    private final URI statsEndpoint;

    public AttendanceWebhook(URI endpoint, URI statsEndpoint) {
        this.endpoint = endpoint;
        this.statsEndpoint = statsEndpoint;
    }

    public void push(AttendanceEntry entry) throws IOException, InterruptedException {
        String json = "{\"nickname\":\"" + entry.nickname() + "\",\"minutes\":" + entry.minutesPresent() + "}";
        HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        // sink: HttpClient.send
        http.send(request, HttpResponse.BodyHandlers.discarding()); // expect PF005
    }

    public void pushAsync(Participant participant) {
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/presence?who=" + participant.getEmail())).GET().build();
        // sink: HttpClient.sendAsync, the data in the request's URI
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()); // expect PF005
    }

    public void heartbeat() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/heartbeat")).POST(HttpRequest.BodyPublishers.noBody()).build();
        // silent: a request built from constants; endpoint.resolve(...) in pushAsync made a new URI and left the field as it was
        http.send(request, HttpResponse.BodyHandlers.discarding());
    }

    public void minutes(AttendanceEntry entry) throws IOException, InterruptedException {
        String json = "{\"room\":\"" + entry.roomId() + "\",\"minutes\":" + entry.minutesPresent() + "}";
        HttpRequest request = HttpRequest.newBuilder(statsEndpoint).POST(HttpRequest.BodyPublishers.ofString(json)).build();
        // silent: only the record's non-personal components are sent
        http.send(request, HttpResponse.BodyHandlers.discarding());
    }
}
