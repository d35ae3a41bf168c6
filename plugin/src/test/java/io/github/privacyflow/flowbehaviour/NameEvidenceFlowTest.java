package io.github.privacyflow.flowbehaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names outside the program's declarations (issue 12): a parameter named like people's data, and
 * a library getter whose property is, are sources in heuristic mode; a flag, a count or a path is
 * not; and where declared data reaches the same sink, the finding names that data only.
 */
class NameEvidenceFlowTest {

    @TempDir
    Path folder;

    private static final String LOGGER = "    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(\"x\");";

    @Test
    void parametersAndLibraryGettersNamedLikePeoplesDataAreSources() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Signup.java",
                        "package org.example;",
                        "import jakarta.servlet.http.HttpServletRequest;",
                        "public class Signup {",
                        LOGGER,
                        "    void requested(String userOrEmail, int attempts, boolean emailEnabled, String roomName) {",
                        "        LOG.info(\"sign-up for {}\", userOrEmail); // expect PF003",
                        "        LOG.info(\"attempts {}\", attempts);",
                        "        LOG.info(\"enabled {}\", emailEnabled);",
                        "        LOG.info(\"room {}\", roomName);",
                        "    }",
                        "    void signedIn(HttpServletRequest request) {",
                        "        LOG.info(\"signed in: {}\", request.getRemoteUser()); // expect PF003",
                        "        LOG.info(\"path: {}\", request.getServletPath());",
                        "        LOG.info(\"method: {}\", request.getMethod());",
                        "    }",
                        "    void keyed(HttpServletRequest request, java.sql.ResultSet row, java.util.Dictionary<String, Object> settings) throws Exception {",
                        "        LOG.info(\"asked by {}\", request.getParameter(\"email\")); // expect PF003",
                        "        LOG.info(\"browser {}\", request.getHeader(\"User-Agent\")); // expect PF003",
                        "        LOG.info(\"row of {}\", row.getString(\"login_name\")); // expect PF003",
                        "        LOG.info(\"room {}\", request.getParameter(\"roomId\"));",
                        "        LOG.info(\"smtp account {}\", settings.get(\"user\"));",
                        "        LOG.info(\"smtp account {}\", request.getParameter(\"mail.user\"));",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aFlagANumberOrADateComputedFromDataIsThatDataOnlyWhereSuchDataCanBeOne() throws Exception {
        AnalysisResult result = FixtureProject.in(folder).rule("PF003")
                .source("org/example/Learner.java",
                        "package org.example;",
                        "public class Learner {",
                        "    public String fullName;",
                        "    public String userId;",
                        "}")
                .source("org/example/Profiles.java",
                        "package org.example;",
                        "public class Profiles {",
                        LOGGER,
                        "    private int nameLength;",
                        "    private boolean named;",
                        "    private java.math.BigDecimal fee;",
                        "    private java.util.Date seen;",
                        "    private long numericId;",
                        "    void keep(Learner learner) {",
                        "        nameLength = Integer.parseInt(learner.fullName.trim());",
                        "        named = Boolean.valueOf(learner.fullName);",
                        "        fee = new java.math.BigDecimal(learner.userId);",
                        "        seen = new java.util.Date(Long.parseLong(learner.userId));",
                        "        numericId = Long.parseLong(learner.userId);",
                        "    }",
                        "    int parsed(Learner learner) { return Integer.parseInt(learner.fullName); }",
                        "    void show(Learner learner) {",
                        "        LOG.info(\"parsed {}\", parsed(learner));",
                        "        LOG.info(\"length {}\", nameLength);",
                        "        LOG.info(\"named {}\", named);",
                        "        LOG.info(\"fee {}\", fee);",
                        "        LOG.info(\"seen {}\", seen);",
                        "        LOG.info(\"learner {}\", numericId); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
        assertTrue(result.findings().get(0).message().contains("Learner.userId"), result.findings().get(0).message());
        assertFalse(result.findings().get(0).message().contains("fullName"), result.findings().get(0).message());
    }

    @Test
    void aParameterOfAPieceOfProgramIsReadByItsOwnName() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/CookieLoginModule.java",
                        "package org.example;",
                        "public class CookieLoginModule {",
                        LOGGER,
                        "    static void remember(String username, int days) {",
                        "        LOG.info(\"remembering {} for {} days\", username, days); // expect PF003",
                        "    }",
                        "    static void configure(String user) {",
                        "        LOG.info(\"module account {}\", user);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void declaredDataOutranksTheNameOfTheParameterItArrivesIn() throws Exception {
        AnalysisResult result = FixtureProject.in(folder).rule("PF003")
                .source("org/example/Learner.java",
                        "package org.example;",
                        "public class Learner {",
                        "    private String email;",
                        "    public String getEmail() { return email; }",
                        "}")
                .source("org/example/Mailer.java",
                        "package org.example;",
                        "public class Mailer {",
                        LOGGER,
                        "    void welcome(Learner learner) { send(learner.getEmail()); }",
                        "    void send(String email) {",
                        "        LOG.info(\"mail to {}\", email); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
        List<Finding> findings = result.findings();
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("Learner.email"), findings.get(0).message());
        assertFalse(findings.get(0).message().contains("Mailer.send"), findings.get(0).message());
    }

    @Test
    void aParameterNamedLikePeoplesDataStandsAloneWhereNothingDeclaredReachesIt() throws Exception {
        AnalysisResult result = FixtureProject.in(folder).rule("PF003")
                .source("org/example/Mailer.java",
                        "package org.example;",
                        "public class Mailer {",
                        LOGGER,
                        "    void send(String email) {",
                        "        LOG.info(\"mail to {}\", email); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
        assertTrue(result.findings().get(0).message().contains("email of Mailer.send(String) (inferred from the name)"),
                result.findings().get(0).message());
    }

    @Test
    void aMethodMakingAWritingIsGivenWhatThePersonWrote() {
        // JSPWiki's MetaWeblog API: newPost(blogid, username, password, content, publish) logs the post.
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/BlogApi.java",
                        "package org.example;",
                        "public class BlogApi {",
                        LOGGER,
                        "    public String newPost(String blogid, java.util.Hashtable<String, Object> content) {",
                        "        StringBuilder text = new StringBuilder().append(content.get(\"title\"));",
                        "        LOG.debug(\"writing entry \" + text); // expect PF003",
                        "        return blogid;",
                        "    }",
                        "    public void sendMessage(String content) {",
                        "        LOG.debug(\"sending \" + content);",
                        "    }",
                        "    public void savePage(String content) {",
                        "        LOG.debug(\"saving \" + content);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void savingARowSavesWhatItsRelationsCascadeTo() {
        // Keycloak persists a root authentication session; its child sessions, holding the user's
        // id, are saved with it. A relation that does not cascade is saved on its own.
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/ChildSession.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class ChildSession {",
                        "    @jakarta.persistence.Id private String tabId;",
                        "    private String authUserId;",
                        "}")
                .source("org/example/RootSession.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class RootSession {",
                        "    @jakarta.persistence.Id private String id;",
                        "    @jakarta.persistence.OneToMany(cascade = jakarta.persistence.CascadeType.ALL)",
                        "    private java.util.List<ChildSession> sessions = new java.util.ArrayList<>();",
                        "}")
                .source("org/example/AuditTrail.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class AuditTrail {",
                        "    @jakarta.persistence.Id private String id;",
                        "    @jakarta.persistence.OneToMany",
                        "    private java.util.List<ChildSession> sessions = new java.util.ArrayList<>();",
                        "}")
                .source("org/example/Sessions.java",
                        "package org.example;",
                        "public class Sessions {",
                        "    private jakarta.persistence.EntityManager em;",
                        "    void commit(RootSession root) {",
                        "        em.persist(root); // expect PF003",
                        "    }",
                        "    void audit(AuditTrail trail) {",
                        "        em.persist(trail);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aResultSetColumnNamedByAFieldIsTheDataTheFieldNames() {
        // JSPWiki's JDBCUserDatabase keeps its column names in fields set from its configuration.
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/UserDatabase.java",
                        "package org.example;",
                        "public class UserDatabase {",
                        LOGGER,
                        "    private String m_loginName;",
                        "    private String m_wikiName;",
                        "    private String m_created;",
                        "    private java.util.Map<String, String> m_labels = new java.util.HashMap<>();",
                        "    UserDatabase(java.util.Properties props) {",
                        "        m_loginName = props.getProperty(\"jspwiki.loginName\", \"login_name\");",
                        "        m_wikiName = props.getProperty(\"jspwiki.wikiName\", \"wiki_name\");",
                        "        m_created = props.getProperty(\"jspwiki.created\", \"created\");",
                        "    }",
                        "    void check(java.sql.ResultSet rs) throws java.sql.SQLException {",
                        "        if (rs.getString(m_wikiName) == null) {",
                        "            LOG.warn(\"no wiki name for {}\", rs.getString(m_loginName)); // expect PF003",
                        "        }",
                        "        LOG.info(\"created {}\", rs.getString(m_created));",
                        // A map looked up by the field's value is no row: its value is no login name.
                        "        LOG.info(\"label {}\", m_labels.get(m_loginName));",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
    @Test
    void theKeyAPersonIsLookedUpByIsThatPersonsIdentifierUnlessMadeAtRandom() {
        // JSPWiki's JSON user module logs the uid it then looks a UserProfile up by.
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/UserProfile.java",
                        "package org.example;",
                        "public class UserProfile {",
                        "    private String fullname;",
                        "    public String getFullname() { return fullname; }",
                        "}")
                .source("org/example/Room.java",
                        "package org.example;",
                        "public class Room {",
                        "    private String title;",
                        "}")
                .source("org/example/Teacher.java",
                        "package org.example;",
                        "public class Teacher {",
                        "    private String fullName;",
                        "}")
                .source("org/example/UserService.java",
                        "package org.example;",
                        "public class UserService {",
                        "}")
                .source("org/example/Directory.java",
                        "package org.example;",
                        "public class Directory {",
                        LOGGER,
                        "    private final java.util.Map<String, UserProfile> profiles = new java.util.HashMap<>();",
                        "    private final java.util.Map<String, Room> rooms = new java.util.HashMap<>();",
                        "    UserProfile getUserInfo(String uid) { return profiles.get(uid); }",
                        "    Room findRoom(String key) { return rooms.get(key); }",
                        "    UserProfile saveUserInfo(String uid, UserProfile profile) { return profiles.put(uid, profile); }",
                        "    Teacher findByCourseCode(String code) { return null; }",
                        "    UserService getService(String tenant) { return null; }",
                        "    void service(java.util.List<String> params) {",
                        "        final String uid = params.get(0);",
                        "        LOG.debug(\"uid=\" + uid); // expect PF003",
                        "        UserProfile found = getUserInfo(uid);",
                        "        final String key = params.get(1);",
                        "        LOG.debug(\"room=\" + key);",
                        "        Room room = findRoom(key);",
                        "    }",
                        // A uid made at random is no one's until it is given; checking it is free is no lookup of a person.
                        "    String freshUid() {",
                        "        String uid;",
                        "        do {",
                        "            uid = java.util.UUID.randomUUID().toString();",
                        "            LOG.debug(\"trying {}\", uid);",
                        "        } while (getUserInfo(uid) != null);",
                        "        return uid;",
                        "    }",
                        // One slot serves two variables in turn: only the one passed to the lookup is a key.
                        "    void twoScopes(java.util.List<String> params) {",
                        "        {",
                        "            String hall = params.get(0);",
                        "            LOG.debug(\"hall {}\", hall);",
                        "        }",
                        "        {",
                        "            String login = params.get(1);",
                        "            getUserInfo(login);",
                        "        }",
                        "    }",
                        // Two variables of one name in turn: only the one passed to the lookup is a key.
                        "    void evict(java.util.List<String> cacheKeys, java.util.List<String> logins) {",
                        "        for (String key : cacheKeys) {",
                        "            LOG.debug(\"evict {}\", key);",
                        "        }",
                        "        for (String key : logins) {",
                        "            getUserInfo(key);",
                        "        }",
                        "    }",
                        // A key naming a thing, a piece of program returned, a constant, a parameter: none is a person's key.
                        "    void others(java.util.List<String> params, String page) {",
                        "        String code = params.get(0);",
                        "        LOG.info(\"course {}\", code);",
                        "        Teacher teacher = findByCourseCode(code);",
                        "        String tenant = params.get(1);",
                        "        LOG.info(\"tenant {}\", tenant);",
                        "        UserService service = getService(tenant);",
                        "        String fixed = \"admin\";",
                        "        LOG.info(\"fixed {}\", fixed);",
                        "        getUserInfo(fixed);",
                        "        page = page.trim();",
                        "        LOG.info(\"page {}\", page);",
                        "        getUserInfo(page);",
                        "    }",
                        // A save is no lookup: the text handed to it says nothing of whose it is.
                        "    void store(java.util.List<String> params, UserProfile profile) {",
                        "        final String slot = params.get(0);",
                        "        LOG.debug(\"slot={}\", slot);",
                        "        saveUserInfo(slot, profile);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
    @Test
    void aTextKeptInAPersonalFieldIsThatFieldsData() {
        // JSPWiki's lockPage(page, user) keeps user as the lock's m_locker, then logs user.
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Booking.java",
                        "package org.example;",
                        "public class Booking {",
                        "    private final String room;",
                        "    private String guestName;",
                        "    private String note;",
                        "    Booking(String room, String who) { this.room = room; this.guestName = who; }",
                        "    void setNote(String note) { this.note = note; }",
                        "    void setGuestName(String guestName) { this.guestName = guestName; }",
                        "    private String contactEmail;",
                        "    void setContact(String local, String domain) { this.contactEmail = local + \"@\" + domain; }",
                        "}")
                .source("org/example/Step.java",
                        "package org.example;",
                        "public interface Step { void run(String arg); }")
                .source("org/example/Checkin.java",
                        "package org.example;",
                        "public class Checkin implements Step {",
                        "    private String userName;",
                        "    public void run(String arg) { this.userName = arg; }",
                        "}")
                .source("org/example/Cleanup.java",
                        "package org.example;",
                        "public class Cleanup implements Step {",
                        "    public void run(String arg) { }",
                        "}")
                .source("org/example/Desk.java",
                        "package org.example;",
                        "public class Desk {",
                        LOGGER,
                        "    private final String frontDesk = System.getProperty(\"desk.account\");",
                        "    Booking book(String room, String who, String remark) {",
                        "        Booking booking = new Booking(room, who);",
                        "        booking.setNote(remark);",
                        "        LOG.info(\"booked {}\", room);",
                        "        LOG.info(\"remark {}\", remark);",
                        "        LOG.info(\"for {}\", who); // expect PF003",
                        "        return booking;",
                        "    }",
                        // A value the program keeps in a field of its own (a configured account) is that field's, not learnt.
                        "    Booking walkIn(String room) {",
                        "        Booking booking = new Booking(room, frontDesk);",
                        "        LOG.info(\"walk-in at {}\", frontDesk);",
                        "        return booking;",
                        "    }",
                        // Parts of what is kept, a value made at random or read from the configuration, a call
                        // of more than one body: none says what the text is.
                        "    void others(Booking booking, java.util.List<String> parts, Step step) {",
                        "        String mailbox = parts.get(0);",
                        "        String domain = parts.get(1);",
                        "        booking.setContact(mailbox, domain);",
                        "        LOG.info(\"mailbox {} at {}\", mailbox, domain);",
                        "        String fresh = java.util.UUID.randomUUID().toString();",
                        "        booking.setGuestName(fresh);",
                        "        LOG.info(\"placeholder {}\", fresh);",
                        "        String configured = System.getProperty(\"desk.guest\");",
                        "        booking.setGuestName(configured);",
                        "        LOG.info(\"configured {}\", configured);",
                        "        String stage = parts.get(2);",
                        "        step.run(stage);",
                        "        LOG.info(\"ran {}\", stage);",
                        "    }",
                        // What a setter keeps is learnt too; the same guest name logged in another method folds into the first log.
                        "    void rename(Booking booking, java.util.List<String> names) {",
                        "        String next = names.get(0);",
                        "        booking.setGuestName(next);",
                        "        LOG.info(\"renamed to {}\", next); // expect repeat PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void whatATextIsKeptAsIsLearntInHeuristicModeOnlyAndFromTheFieldsOwnEvidence() {
        // A type annotated as a whole makes each field personal, but says nothing of each value kept in one.
        FixtureProject.in(folder).rule("PF003")
                .configure(builder -> builder.heuristics(false))
                .source("org/example/Participation.java",
                        "package org.example;",
                        "@io.github.privacyflow.annotations.PersonalData(category = \"user-interaction\")",
                        "public class Participation {",
                        "    private String roomNumber;",
                        "    Participation(String roomNumber) { this.roomNumber = roomNumber; }",
                        "}")
                .source("org/example/Rooms.java",
                        "package org.example;",
                        "public class Rooms {",
                        LOGGER,
                        "    void join(java.util.List<String> params) {",
                        "        String room = params.get(0);",
                        "        new Participation(room);",
                        "        LOG.info(\"joined room {}\", room);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aNameStaysEvidenceWhenARandomPartIsAddedToIt() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Signup.java",
                        "package org.example;",
                        "public class Signup {",
                        LOGGER,
                        "    void suggest(java.util.List<String> params) {",
                        "        String username = params.get(0).toLowerCase() + new java.util.Random().nextInt(1000);",
                        "        LOG.info(\"suggested {}\", username); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aTextIsLearntFromAConstructorWhoseOwnParameterIsNamedToo() {
        // JSPWiki's PageLock(page, locker, ...): the constructor's own name for the text comes along with it.
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/PageLock.java",
                        "package org.example;",
                        "public class PageLock {",
                        "    private final String m_page;",
                        "    private final String m_locker;",
                        "    private final java.util.Date m_expiry;",
                        "    public PageLock(final String page, final String locker, final java.util.Date acquired, final java.util.Date expiry) {",
                        "        m_page = page.trim();",
                        "        m_locker = locker;",
                        "        m_expiry = (java.util.Date) expiry.clone();",
                        "    }",
                        "    public String getLocker() { return m_locker; }",
                        "}")
                .source("org/example/PageManager.java",
                        "package org.example;",
                        "public class PageManager {",
                        LOGGER,
                        "    private final java.util.Map<String, PageLock> locks = new java.util.HashMap<>();",
                        "    public PageLock lockPage(final String page, final String user) {",
                        "        PageLock lock = locks.get(page);",
                        "        if (lock == null) {",
                        "            final java.util.Date d = new java.util.Date();",
                        "            lock = new PageLock(page, user, d, new java.util.Date(d.getTime() + 60L));",
                        "            locks.put(page, lock);",
                        "            LOG.debug(\"Locked page \" + page + \" for \" + user); // expect PF003",
                        "        } else {",
                        "            LOG.debug(\"Page \" + page + \" already locked by \" + lock.getLocker()); // expect repeat PF003",
                        "            lock = null;",
                        "        }",
                        "        return lock;",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aLookupKeysMessageSaysItWasReadFromTheLookupNotFromTheName() throws Exception {
        AnalysisResult result = FixtureProject.in(folder).rule("PF003")
                .source("org/example/UserProfile.java",
                        "package org.example;",
                        "public class UserProfile {",
                        "    private String fullname;",
                        "}")
                .source("org/example/Profiles.java",
                        "package org.example;",
                        "public class Profiles {",
                        LOGGER,
                        "    public UserProfile getUserInfo(String key) { return null; }",
                        "    public void show(java.util.List<String> params) {",
                        "        String uid = params.get(0);",
                        "        LOG.debug(\"uid=\" + uid);",
                        "        getUserInfo(uid);",
                        "    }",
                        "}")
                .compile()
                .analyze();
        assertEquals(1, result.findings().size(), result.findings().toString());
        String message = result.findings().get(0).message();
        assertTrue(message.contains("local uid of Profiles.show(List), the key of a UserProfile lookup (inferred from the lookup it keys)"),
                message);
        assertFalse(message.contains("inferred from the name"), message);
    }
}
