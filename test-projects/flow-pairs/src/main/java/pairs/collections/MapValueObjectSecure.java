package pairs.collections;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pairs.model.NameTag;
import pairs.model.Student;

/** Secure twin of {@link MapValueObjectInsecure}: posts the tag's room instead. */
public class MapValueObjectSecure {

    private static final Logger log = LoggerFactory.getLogger(MapValueObjectSecure.class);

    private static final URI LMS_SEATS = URI.create("https://lms.school.example/api/seats");

    private final HttpClient http = HttpClient.newHttpClient();

    public void publishSeat(Student student) throws IOException, InterruptedException {
        Map<Integer, NameTag> bySeat = new HashMap<>();
        bySeat.put(student.getSeat(), new NameTag(student.getDisplayName(), student.getRoomId()));
        String json = "{\"seat\":" + student.getSeat() + ",\"tag\":\"" + bySeat.get(student.getSeat()).getRoom() + "\"}";
        HttpRequest request = HttpRequest.newBuilder(LMS_SEATS).POST(HttpRequest.BodyPublishers.ofString(json)).build();
        http.send(request, HttpResponse.BodyHandlers.discarding());
    }
}
