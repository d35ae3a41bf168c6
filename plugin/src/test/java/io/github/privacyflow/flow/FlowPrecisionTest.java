package io.github.privacyflow.flow;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** False positives found on real code, pinned: each case must stay silent, next to one that must fire. */
class FlowPrecisionTest {

    @TempDir
    Path folder;

    private FixtureProject project() {
        return FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "public class Member {",
                        "    @PersonalData(category = \"user-interaction\") public String email;",
                        "    public String sessionId;",
                        "    public String getSessionId() { return sessionId; }",
                        "    @Override public String toString() { return email; }",
                        "}")
                .source("org/example/Setting.java",
                        "package org.example;",
                        "public class Setting { public String key; }");
    }

    @Test
    void aCastRulesOutInstancesOfUnrelatedTypes() {
        project()
                .source("org/example/Factory.java",
                        "package org.example;",
                        "public class Factory {",
                        "    Object create(Class<?> type) {",
                        "        if (type == Member.class) { return new Member(); }",
                        "        return new Setting();",
                        "    }",
                        "    void use() {",
                        "        Setting setting = (Setting) create(Setting.class);",
                        "        System.out.println(setting);",
                        "        Member member = (Member) create(Member.class);",
                        "        System.out.println(member); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void streamMapHoldsWhatTheFunctionReturns() {
        project()
                .source("org/example/Sessions.java",
                        "package org.example;",
                        "import java.util.List;",
                        "public class Sessions {",
                        "    void log() {",
                        "        List<Member> members = List.of(new Member(), new Member());",
                        "        System.out.println(members.stream().map(Member::getSessionId).toList());",
                        "        System.out.println(members.stream().map(member -> member.email).toList()); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aCallOnAJdkFunctionalInterfaceIsNotEveryImplementation() {
        project()
                .source("org/example/Collector.java",
                        "package org.example;",
                        "import java.util.ArrayList;",
                        "import java.util.List;",
                        "import java.util.function.Consumer;",
                        "public class Collector implements Consumer<List<String>> {",
                        "    private final Member member = new Member();",
                        "    @Override public void accept(List<String> into) { into.add(member.email); }",
                        "    void configure(Consumer<List<String>> configurator) {",
                        "        List<String> query = new ArrayList<>();",
                        "        configurator.accept(query);",
                        "        System.out.println(query);",
                        "    }",
                        "    void direct() {",
                        "        List<String> query = new ArrayList<>();",
                        "        accept(query);",
                        "        System.out.println(query); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void countsOfWrittenRowsAreNotPersonal() {
        project()
                .source("org/example/Purge.java",
                        "package org.example;",
                        "import java.sql.PreparedStatement;",
                        "public class Purge {",
                        "    void purge(PreparedStatement statement, Member member) throws Exception {",
                        "        statement.setString(1, member.email);",
                        "        int rows = statement.executeUpdate(); // expect PF003",
                        "        System.out.println(\"purged \" + rows);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void anInterfaceValueCarriesItsImplementationsAndACastKeepsTheOneItNames() {
        project()
                .source("org/example/Party.java",
                        "package org.example;",
                        "public interface Party { }")
                .source("org/example/Guest.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "public class Guest implements Party {",
                        "    @PersonalData(category = \"user-interaction\") public String nickname;",
                        "    @Override public String toString() { return nickname; }",
                        "}")
                .source("org/example/Club.java",
                        "package org.example;",
                        "public class Club implements Party { public String motto; }")
                .source("org/example/Parties.java",
                        "package org.example;",
                        "public abstract class Parties {",
                        "    abstract Party find(String key);",
                        "    void show(String key) {",
                        "        System.out.println((Club) find(key));",
                        "        System.out.println((Guest) find(key)); // expect PF003",
                        "        System.out.println(find(key)); // expect repeat PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void queryResultsAreNotTheQuerysParameters() {
        project()
                .source("org/example/Lookup.java",
                        "package org.example;",
                        "import jakarta.persistence.EntityManager;",
                        "import java.util.List;",
                        "public class Lookup {",
                        "    void count(EntityManager em, Member member) {",
                        "        List<?> rows = em.createQuery(\"select r.id from Room r where r.owner = :e\")",
                        "                .setParameter(\"e\", member.email).getResultList();",
                        "        System.out.println(rows.size() + \" rooms: \" + rows);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void charactersReadFromAReaderACallerPassesAreNotItsData() {
        // A markup parser reads a page author's name one character code at a time and logs
        // the link targets it assembles: a caller's data seen through a number, like data itself.
        // A user id parsed into a number by a helper is still the user id.
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Page.java",
                        "package org.example;",
                        "public class Page {",
                        "    private String author;",
                        "    private String userId;",
                        "    public void setAuthor(String author) { this.author = author; }",
                        "    public String getAuthor() { return author; }",
                        "    public String getUserId() { return userId; }",
                        "}")
                .source("org/example/Ids.java",
                        "package org.example;",
                        "public class Ids {",
                        "    static int number(String text) { return Integer.parseInt(text.trim()); }",
                        "}")
                .source("org/example/Parser.java",
                        "package org.example;",
                        "import java.io.*;",
                        "public class Parser {",
                        "    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(\"p\");",
                        "    protected PushbackReader in;",
                        "    public Parser(Reader reader) { in = new PushbackReader(new BufferedReader(reader), 4); }",
                        "    protected int nextToken() throws IOException { return in.read(); }",
                        "    public void parse() throws IOException {",
                        "        StringBuilder text = new StringBuilder();",
                        "        int ch;",
                        "        while ((ch = nextToken()) != -1) {",
                        "            if (ch == '[') { link(text.toString()); text.setLength(0); } else { text.append((char) ch); }",
                        "        }",
                        "    }",
                        "    void link(String target) { LOG.warning(\"no such page \" + target); }",
                        "}")
                .source("org/example/Tag.java",
                        "package org.example;",
                        "public class Tag {",
                        "    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(\"t\");",
                        "    void render(Page page) throws Exception {",
                        "        LOG.info(page.getAuthor()); // expect PF003",
                        "        LOG.info(\"user \" + Ids.number(page.getUserId())); // expect PF003",
                        "        new Parser(new java.io.StringReader(page.getAuthor())).parse();",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void anObjectMadeOnlyAsALookupKeyIsNotKept() {
        // A group looked up by a member's name: the key object is asked for, not stored, so
        // the program's other GroupKeys do not hold the name; a key added to a list does.
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Page.java",
                        "package org.example;",
                        "public class Page {",
                        "    private String author;",
                        "    public String getAuthor() { return author; }",
                        "}")
                .source("org/example/GroupKey.java",
                        "package org.example;",
                        "public class GroupKey {",
                        "    private final String title;",
                        "    public GroupKey(String title) { this.title = title; }",
                        "    public String getTitle() { return title; }",
                        "    @Override public boolean equals(Object o) { return o instanceof GroupKey && ((GroupKey) o).title.equals(title); }",
                        "    @Override public int hashCode() { return title.hashCode(); }",
                        "}")
                .source("org/example/MemberKey.java",
                        "package org.example;",
                        "public class MemberKey {",
                        "    private final String title;",
                        "    public MemberKey(String title) { this.title = title; }",
                        "    public String getTitle() { return title; }",
                        "}")
                .source("org/example/Groups.java",
                        "package org.example;",
                        "import java.util.*;",
                        "public class Groups {",
                        "    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(\"g\");",
                        "    private final Map<GroupKey, String> groups = new HashMap<>();",
                        "    private final List<GroupKey> kept = new ArrayList<>();",
                        "    String find(Page page) { return groups.get(new GroupKey(page.getAuthor())); }",
                        "    boolean has(Page page) { return kept.contains(new GroupKey(page.getAuthor())); }",
                        "    void keep(Page page) { kept.add(new GroupKey(\"admins\")); }",
                        "    void show(GroupKey key) { LOG.info(key.getTitle()); }",
                        "}")
                .source("org/example/Members.java",
                        "package org.example;",
                        "import java.util.*;",
                        "public class Members {",
                        "    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(\"m\");",
                        "    private final List<MemberKey> kept = new ArrayList<>();",
                        "    boolean has(Page page) { return kept.contains(new MemberKey(page.getAuthor())); }",
                        "    void keep(Page page) { kept.add(new MemberKey(page.getAuthor())); }",
                        "    void show(MemberKey key) { LOG.info(key.getTitle()); } // expect PF003",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aReferenceToAPersonsRowFlowsAsTheObjectItHolds() {
        // OrderImpl.customer is personal as a column (PF002, PF006), but what a read of it hands
        // on is the customer object: logged, only what its toString prints counts.
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Customer.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class Customer {",
                        "    private Long key;",
                        "    private String emailAddress;",
                        "    public String getEmailAddress() { return emailAddress; }",
                        "    @Override public String toString() { return \"Customer \" + key; }",
                        "}")
                .source("org/example/OrderImpl.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class OrderImpl {",
                        "    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(\"o\");",
                        "    @jakarta.persistence.ManyToOne",
                        "    private Customer customer;",
                        "    void submitted() {",
                        "        LOG.info(\"submitted by \" + customer);",
                        "        LOG.info(\"mail to \" + customer.getEmailAddress()); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aNumberComputedFromALibrarysAddressIsNotTheAddress() {
        // James logs a retry count read from a mail whose recipients a library call returned: a
        // count, a flag or a code point computed from an address or a login is not that data.
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Throttle.java",
                        "package org.example;",
                        "import jakarta.servlet.http.HttpServletRequest;",
                        "public class Throttle {",
                        "    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(\"t\");",
                        "    void check(HttpServletRequest request) {",
                        "        String address = request.getRemoteAddr();",
                        "        int bucket = address.codePointAt(0);",
                        "        LOG.info(\"bucket \" + bucket);",
                        "        LOG.info(\"from \" + address); // expect PF003",
                        "        spread(address);",
                        "        count(address);",
                        "    }",
                        "    void spread(String key) {",
                        "        long delay = Math.min(1L << key.codePointAt(0), 1000L);",
                        "        LOG.info(\"waiting \" + delay + \" ms\");",
                        "    }",
                        "    void count(String key) {",
                        "        int tries = key.codePointAt(0);",
                        "        LOG.log(java.util.logging.Level.INFO, \"tries {0}\", tries);",
                        "        LOG.info(key); // expect repeat PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void anErrorHandlerRunsOnTheErrorNotOnTheValues() {
        // future.exceptionally(e -> ...) gets the error, not the member the future computed;
        // thenAccept gets the member.
        project()
                .source("org/example/Notifier.java",
                        "package org.example;",
                        "import java.util.concurrent.CompletableFuture;",
                        "public class Notifier {",
                        "    void send(Member member) {",
                        "        CompletableFuture<Member> sent = CompletableFuture.completedFuture(member);",
                        "        sent.exceptionally(error -> {",
                        "            System.out.println(\"failed: \" + error);",
                        "            return null;",
                        "        });",
                        "        sent.thenAccept(done -> {",
                        "            System.out.println(\"sent to \" + done); // expect PF003",
                        "        });",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aMapCollectedByKeyFunctionHoldsThoseKeysAsItsKeys() {
        // Keycloak logs sessionsById.keySet() of a toMap(UserSession::getId, identity()): ids,
        // while the map's values are the sessions themselves.
        project()
                .source("org/example/Batches.java",
                        "package org.example;",
                        "import java.util.*;",
                        "import java.util.function.Function;",
                        "import java.util.stream.*;",
                        "public class Batches {",
                        "    void load(List<Member> members) {",
                        "        Map<String, Member> byId = members.stream().collect(Collectors.toMap(Member::getSessionId, Function.identity()));",
                        "        System.out.println(\"loaded \" + byId.keySet());",
                        "        System.out.println(\"loaded \" + byId.values()); // expect PF003",
                        "        batch(members.stream());",
                        "    }",
                        "    void batch(Stream<Member> batch) {",
                        "        Map<String, Member> byId = batch.collect(Collectors.toMap(Member::getSessionId, member -> member));",
                        "        System.out.println(\"batch \" + byId.keySet());",
                        "        System.out.println(\"batch \" + byId.get(\"s1\")); // expect repeat PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aMapsForEachHandsEachKeyAndItsValueApart() {
        // A desk number keyed map of who sits there: logging the desks logs no one.
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Seating.java",
                        "package org.example;",
                        "public class Seating {",
                        "    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(\"s\");",
                        "    @io.github.privacyflow.annotations.PersonalData(category = \"user-interaction\")",
                        "    private String email;",
                        "    public void print(String desk) {",
                        "        java.util.Map<String, String> byDesk = new java.util.HashMap<>();",
                        "        byDesk.put(desk, email);",
                        "        byDesk.forEach((key, value) -> LOG.info(\"desk \" + key));",
                        "        byDesk.forEach((key, value) -> LOG.info(\"taken by \" + value)); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aLambdaHandedToALibraryKeepsWhatItCapturedInThisMethod() {
        // Keycloak's session loader: a map of sessions by id, read by a lambda the stream runs,
        // then its ids logged. The lambda's body runs here; the map is not handed to the library.
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Sessions.java",
                        "package org.example;",
                        "import java.util.*;",
                        "public class Sessions {",
                        "    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(\"s\");",
                        "    @io.github.privacyflow.annotations.PersonalData(category = \"user-interaction\")",
                        "    private String userEmail;",
                        "    public void load(List<String> clientIds, String sessionId) {",
                        "        Map<String, String> byId = new HashMap<>();",
                        "        byId.put(sessionId, userEmail);",
                        "        clientIds.forEach(client -> { if (byId.get(client) == null) LOG.fine(\"no session for \" + client); });",
                        "        LOG.info(\"sessions \" + byId.keySet());",
                        "        LOG.info(\"users \" + byId.values()); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aClientsHostNameIsNotItsAddress() {
        // A host name names a machine (LABELLING.md); the client's IP address is the person's.
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Denounce.java",
                        "package org.example;",
                        "import jakarta.servlet.http.HttpServletRequest;",
                        "public class Denounce {",
                        "    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(\"d\");",
                        "    public void check(HttpServletRequest request) {",
                        "        LOG.info(\"matched host \" + request.getRemoteHost());",
                        "        LOG.info(\"matched address \" + request.getRemoteAddr()); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aLocalKeepingAConfiguredValueIsNotAPersonsData() {
        // Opencast's SmtpService keeps its configured SMTP account in a local named mailUser;
        // the same name kept from a request's form is the person the mail goes to.
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/SmtpService.java",
                        "package org.example;",
                        "import java.util.Dictionary;",
                        "import java.util.Map;",
                        "public class SmtpService {",
                        "    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(\"s\");",
                        "    public void updated(Dictionary<String, ?> properties) {",
                        "        String mailUser = (String) properties.get(\"mail.user\");",
                        "        LOG.info(\"smtp account \" + mailUser);",
                        "    }",
                        "    public void send(Map<String, String> form) {",
                        "        String mailUser = form.get(\"to\");",
                        "        LOG.info(\"mail to \" + mailUser); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
}
