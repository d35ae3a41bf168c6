package io.github.privacyflow.sinks.http;

import io.github.privacyflow.sinks.model.Learner;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.http.HttpResponse;
import org.apache.http.client.fluent.Executor;
import org.apache.http.client.fluent.Request;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.nio.client.CloseableHttpAsyncClient;

/**
 * The older integrations still on Apache HttpClient 4: the timetable service (the fluent API,
 * directly and through an authenticated Executor) and the attendance relay (HttpAsyncClient);
 * and the support desk's upload of device diagnostics as a zip streamed over HttpURLConnection. The
 * agreement names no processor for HTTP calls, so every flow lacks both a purpose and a permitted
 * processor.
 */
public class LegacyHttpSinks {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LegacyHttpSinks.class);

    private final Executor timetable;
    private final CloseableHttpAsyncClient relay;

    public LegacyHttpSinks(Executor timetable, CloseableHttpAsyncClient relay) {
        this.timetable = timetable;
        this.relay = relay;
    }

    public String registerForTimetable(Learner learner) throws IOException {
        return Request.Post("https://timetable.example-school.edu/subscribers")
                .bodyString("{\"email\":\"" + learner.getEmail() + "\"}", ContentType.APPLICATION_JSON)
                .execute() // expect PF005
                .returnContent().asString();
    }

    public int renameInTimetable(Learner learner) throws IOException {
        Request rename = Request.Put("https://timetable.example-school.edu/subscribers/me")
                .bodyString("{\"nickname\":\"" + learner.getNickname() + "\"}", ContentType.APPLICATION_JSON);
        return timetable.execute(rename).returnResponse().getStatusLine().getStatusCode(); // expect PF005
    }

    public Future<HttpResponse> relayAttendance(Learner learner, String roomId) {
        HttpPost post = new HttpPost("https://relay.example-school.edu/attendance");
        post.setEntity(new StringEntity("{\"room\":\"" + roomId + "\",\"email\":\"" + learner.getEmail() + "\"}", ContentType.APPLICATION_JSON));
        return relay.execute(post, null); // expect repeat PF005
    }

    /**
     * The relay is told in a header which learner asks: the request sent carries the address, the
     * log line naming only the request's method and URI does not. A URI built from a nickname does.
     */
    public Future<HttpResponse> relayAsLearner(Learner learner, String roomId) {
        HttpGet get = new HttpGet("https://relay.example-school.edu/rooms/" + roomId);
        get.setHeader("X-Learner", learner.getEmail());
        LOG.info("relaying {} {} ({})", get.getMethod(), get.getURI(), get.getRequestLine());
        HttpGet byName = new HttpGet("https://relay.example-school.edu/learners/" + learner.getNickname());
        LOG.info("asking the relay for {}", byName.getURI()); // expect PF003
        relay.execute(byName, null); // expect repeat PF005
        return relay.execute(get, null); // expect repeat PF005
    }

    /** The device diagnostics go to the support desk as a zip with one entry per device. */
    public int uploadDiagnostics(Learner learner, byte[] diagnostics) throws IOException {
        HttpURLConnection upload = (HttpURLConnection) URI.create("https://support.example-school.edu/diagnostics").toURL().openConnection();
        upload.setRequestMethod("POST");
        upload.setDoOutput(true);
        try (ZipOutputStream zip = new ZipOutputStream(upload.getOutputStream())) {
            zip.putNextEntry(new ZipEntry("device-" + learner.getClientIp() + ".bin")); // expect PF005
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("manifest.txt"));
            zip.closeEntry();
        }
        return upload.getResponseCode();
    }

    /** Fetching the public timetable sends nobody's data. */
    public String publicTimetable(String roomId) throws IOException {
        return Request.Get("https://timetable.example-school.edu/rooms/" + roomId).execute().returnContent().asString();
    }
}
