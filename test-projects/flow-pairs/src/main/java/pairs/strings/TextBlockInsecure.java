package pairs.strings;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.Student;

/**
 * A JSON text block is formatted() with the email and the room and posted to the LMS over HTTP.
 */
public class TextBlockInsecure {

    private static final Logger log = LoggerFactory.getLogger(TextBlockInsecure.class);

    private static final URI LMS_EVENTS = URI.create("https://lms.school.example/api/events");

    private static final String JOINED = """
            {"event": "joined", "student": "%s", "room": "%s"}
            """;

    private final HttpClient http = HttpClient.newHttpClient();

    public void publishJoin(Student student) throws IOException, InterruptedException {
        String body = JOINED.formatted(student.getEmail(), student.getRoomId());
        HttpRequest request = HttpRequest.newBuilder(LMS_EVENTS).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        http.send(request, HttpResponse.BodyHandlers.discarding()); // expect PF003
    }
}
