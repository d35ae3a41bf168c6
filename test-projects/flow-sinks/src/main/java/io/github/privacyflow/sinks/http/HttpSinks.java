package io.github.privacyflow.sinks.http;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.privacyflow.sinks.model.Learner;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpUriRequest;
import org.apache.http.client.methods.RequestBuilder;
import org.apache.http.entity.StringEntity;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Calls from the classroom back end to other services over HTTP: the school's learning management
 * system, an SMS gateway, an IP geolocation service, the CRM, machine translation of chat lines,
 * the moderation API and the partner directory. The agreement names no processor for HTTP calls,
 * so every flow lacks both a purpose and a permitted processor.
 */
public class HttpSinks {

    private static final URI LMS_WEBHOOK = URI.create("https://lms.example-school.edu/api/v2/attendance");
    private static final okhttp3.MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final HttpClient httpClient = HttpClient.newHttpClient();
    private final org.apache.http.impl.client.CloseableHttpClient crmClient;
    private final CloseableHttpClient gradebookClient;
    private final OkHttpClient okHttp = new OkHttpClient();
    private final RestTemplate restTemplate;
    private final WebClient webClient;
    private final RestClient restClient;

    public HttpSinks(org.apache.http.impl.client.CloseableHttpClient crmClient, CloseableHttpClient gradebookClient,
                     RestTemplate restTemplate, WebClient webClient, RestClient restClient) {
        this.crmClient = crmClient;
        this.gradebookClient = gradebookClient;
        this.restTemplate = restTemplate;
        this.webClient = webClient;
        this.restClient = restClient;
    }

    public int notifyLms(Learner learner, String roomId) throws IOException, InterruptedException {
        String json = "{\"room\":\"" + roomId + "\",\"email\":\"" + learner.getEmail() + "\",\"event\":\"joined\"}";
        HttpRequest request = HttpRequest.newBuilder(LMS_WEBHOOK).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return httpClient.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(); // expect PF005
    }

    public boolean lmsReachable() throws IOException, InterruptedException {
        HttpRequest ping = HttpRequest.newBuilder(LMS_WEBHOOK.resolve("/health")).GET().build();
        return httpClient.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    public int sendSmsReminder(Learner learner, String roomId) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("https://sms-gateway.example.com/send").toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        String form = "template=class_reminder&room=" + roomId + "&name=" + learner.getNickname();
        try (OutputStream body = connection.getOutputStream()) {
            body.write(form.getBytes(UTF_8)); // expect PF005
        }
        return connection.getResponseCode();
    }

    public String countryOf(Learner learner) throws IOException {
        URL lookup = URI.create("https://geo.example.net/json/" + learner.getClientIp()).toURL();
        HttpURLConnection geo = (HttpURLConnection) lookup.openConnection();
        int status = geo.getResponseCode(); // expect PF005
        return status == 200 ? geo.getHeaderField("X-Country") : "unknown";
    }

    public void syncCrmContact(Learner learner) throws IOException {
        String json = "{\"email\":\"" + learner.getEmail() + "\",\"source\":\"live-class\"}";
        HttpUriRequest upsert = RequestBuilder.post("https://crm.example.com/api/contacts").setEntity(new StringEntity(json, org.apache.http.entity.ContentType.APPLICATION_JSON)).build();
        try (CloseableHttpResponse response = crmClient.execute(upsert)) { // expect repeat PF005
            response.getStatusLine();
        }
    }

    public int pushParticipation(Learner learner, String roomId, int minutes) throws IOException {
        String json = String.format("{\"room\":\"%s\",\"student\":\"%s\",\"minutes\":%d}", roomId, learner.getEmail(), minutes);
        ClassicHttpRequest post = ClassicRequestBuilder.post("https://gradebook.example-school.edu/participation").setEntity(json, ContentType.APPLICATION_JSON).build();
        return gradebookClient.execute(post, response -> response.getCode()); // expect repeat PF005
    }

    public String translateChatLine(Learner author, String text, String language) throws IOException {
        String payload = "{\"target\":\"" + language + "\",\"text\":\"" + author.getNickname() + ": " + text + "\"}";
        return org.apache.hc.client5.http.fluent.Request.post("https://translate.example.com/v1").bodyString(payload, ContentType.APPLICATION_JSON).execute().returnContent().asString(); // expect repeat PF005
    }

    public boolean moderate(Learner author, String message) throws IOException {
        RequestBody body = RequestBody.create("{\"author\":\"" + author.getNickname() + "\",\"message\":\"" + message + "\"}", JSON);
        okhttp3.Request request = new okhttp3.Request.Builder().url("https://moderation.example.com/v1/check").post(body).build();
        try (okhttp3.Response response = okHttp.newCall(request).execute()) { // expect repeat PF005
            return response.isSuccessful();
        }
    }

    public boolean roomServerUp(String roomId) throws IOException {
        okhttp3.Request request = new okhttp3.Request.Builder().url("https://media.example.com/rooms/" + roomId + "/status").build();
        try (okhttp3.Response response = okHttp.newCall(request).execute()) {
            return response.isSuccessful();
        }
    }

    public String registerWithDirectory(Learner learner) {
        return restTemplate.postForObject("https://directory.example.com/people", Map.of("email", learner.getEmail(), "nickname", learner.getNickname()), String.class); // expect PF005
    }

    public String roomSchedule(String roomId) {
        return restTemplate.getForObject("https://timetable.example.com/rooms/{roomId}", String.class, roomId);
    }

    public void announceHandRaise(Learner learner, String roomId) {
        webClient.post()
                .uri("/rooms/{roomId}/hands", roomId)
                .bodyValue(Map.of("nickname", learner.getNickname())) // expect repeat PF005
                .retrieve()
                .toBodilessEntity()
                .subscribe();
    }

    public String partnerProfile(Learner learner) {
        return restClient.get()
                .uri("https://partner.example.com/v1/profiles?email={email}", learner.getEmail()) // expect repeat PF005
                .retrieve()
                .body(String.class);
    }
}
