package io.github.privacyflow.sinks.webdav;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.github.caldav4j.CalDAVCollection;
import com.github.caldav4j.exceptions.CalDAV4JException;
import com.github.sardine.DavResource;
import com.github.sardine.Sardine;
import io.github.privacyflow.sinks.model.Learner;
import io.github.privacyflow.sinks.model.LiveRoom;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import net.fortuna.ical4j.model.Date;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.http.client.HttpClient;

/**
 * The school's file and calendar server: learners' portfolios on its WebDAV share (Sardine) and
 * tutoring sessions in the teachers' CalDAV calendars (caldav4j). Both are HTTP calls to a
 * service the agreement does not name, so every flow lacks both a purpose and a permitted
 * processor.
 */
public class WebDavSinks {

    private static final String SHARE = "https://files.example-school.edu/dav/portfolios/";
    private static final QName OWNER = new QName("https://example-school.edu/ns", "owner");

    private final Sardine sardine;
    private final HttpClient calendarHttp;
    private final CalDAVCollection tutoringCalendar;

    public WebDavSinks(Sardine sardine, HttpClient calendarHttp, CalDAVCollection tutoringCalendar) {
        this.sardine = sardine;
        this.calendarHttp = calendarHttp;
        this.tutoringCalendar = tutoringCalendar;
    }

    public void uploadPortfolio(Learner learner, byte[] portfolioPdf) throws IOException {
        sardine.createDirectory(SHARE + learner.getNickname()); // expect PF005
        sardine.put(SHARE + learner.getNickname() + "/portfolio.pdf", portfolioPdf, "application/pdf"); // expect repeat PF005
        // the learner's e-mail is more of the record the calls above already send: one finding
        sardine.patch(SHARE + learner.getNickname(), Map.of(OWNER, learner.getEmail())); // expect repeat PF005
    }

    public void archivePortfolio(Learner learner) throws IOException {
        sardine.move(SHARE + learner.getNickname(), SHARE + "archive/" + learner.getNickname()); // expect repeat PF005
    }

    /** The room's folder is named after the room, and listing it is a read. */
    public List<DavResource> roomFolder(LiveRoom room) throws IOException {
        sardine.createDirectory(SHARE + "rooms/" + room.getRoomId());
        sardine.put(SHARE + "rooms/" + room.getRoomId() + "/title.txt", room.getTitle().getBytes(UTF_8));
        return sardine.list(SHARE + "rooms/" + room.getRoomId());
    }

    public boolean hasPortfolio(Learner learner) throws IOException {
        return sardine.exists(SHARE + learner.getNickname() + "/portfolio.pdf");
    }

    public String bookTutoring(Learner learner, Date start, Date end) throws CalDAV4JException {
        VEvent session = new VEvent(start, end, "Tutoring with " + learner.getNickname());
        return tutoringCalendar.add(calendarHttp, session, null); // expect repeat PF005
    }

    public String bookRoomMaintenance(LiveRoom room, Date start, Date end) throws CalDAV4JException {
        return tutoringCalendar.add(calendarHttp, new VEvent(start, end, "Maintenance of " + room.getTitle()), null);
    }
}
