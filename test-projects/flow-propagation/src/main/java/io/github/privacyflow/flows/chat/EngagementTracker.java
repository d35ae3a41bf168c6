package io.github.privacyflow.flows.chat;

import io.github.privacyflow.annotations.Purpose;
import io.github.privacyflow.flows.model.ChatMessage;
import io.github.privacyflow.flows.support.Metrics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Measures who chats how much, for a growth dashboard. */
@Purpose("analytics") // expect PF008
public class EngagementTracker {

    private static final Logger log = LoggerFactory.getLogger(EngagementTracker.class);

    private final HttpClient http = HttpClient.newHttpClient();

    public void track(ChatMessage message) {
        // a purpose the agreement does not permit (nor define)
        log.info("engagement: {} posted", message.senderNickname()); // expect PF004
    }

    public void export(ChatMessage message) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://growth.example/events"))
                .POST(HttpRequest.BodyPublishers.ofString(message.senderNickname())).build();
        // the wrong purpose and the wrong processor
        http.send(request, HttpResponse.BodyHandlers.discarding()); // expect PF004
    }

    public void count(ChatMessage message) {
        Metrics.countActivity(message.senderNickname());
    }

    public void volume(ChatMessage message) {
        // silent: only the length of the message
        log.info("message of {} characters", message.body().length());
    }
}
