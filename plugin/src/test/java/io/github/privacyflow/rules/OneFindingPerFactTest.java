package io.github.privacyflow.rules;

import static io.github.privacyflow.testing.FixtureProject.PERSONAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real problem, one finding: the same data reaching the same kind of sink again in one file
 * is folded into the first finding, which names the other lines; other data, another kind of
 * sink, another file or a suppressed first finding each keep their own.
 */
class OneFindingPerFactTest {

    @TempDir
    Path folder;

    @Test
    void theSameDataAtTheSameKindOfSinkInOneFileIsOneFindingNamingEveryLine() throws Exception {
        AnalysisResult result = FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    String email;",
                        PERSONAL,
                        "    String phone;",
                        "    void join() {",
                        "        System.out.println(email); // expect PF003",
                        "        System.err.println(\"joined \" + email); // expect repeat PF003",
                        "        System.out.println(phone); // expect PF003",
                        "        System.out.println(email + phone); // expect repeat PF003",
                        "    }",
                        "    void leave() {",
                        "        System.out.println(email); // expect repeat PF003",
                        "    }",
                        "}")
                .source("org/example/Roster.java",
                        "package org.example;",
                        "public class Roster {",
                        "    void print(Member member) {",
                        "        System.out.println(member.email); // expect PF003",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();

        Finding first = result.findings().stream().filter(finding -> finding.location().line() == 8).findFirst().orElseThrow();
        // Line 11 logs the e-mail again, with the phone: one problem, and the message names the phone.
        assertEquals(List.of(9, 11, 14), first.repeatLines());
        assertTrue(first.message().endsWith("; logged again in the same method, with Member.phone too"
                + "; the same data, or more of the same record, reaches the same kind of sink again in this file at lines 9, 11, 14"),
                first.message());
        assertEquals("org.example.Member#join()->PrintStream.println", first.elementSignature(),
                "the first call keeps its identity, so baselines and code scanning still know it");
    }

    @Test
    void aRecordWrittenFieldByFieldIsOneFindingWhileEachLogLineIsItsOwn() throws Exception {
        AnalysisResult result = FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    String email;",
                        PERSONAL,
                        "    String phone;",
                        "}")
                .source("org/example/Roster.java",
                        "package org.example;",
                        "public class Roster {",
                        "    void save(Member member, java.io.FileWriter out) throws java.io.IOException {",
                        "        out.write(member.email); // expect PF003",
                        "        out.write(member.phone); // expect repeat PF003",
                        "    }",
                        "    void print(Member member) {",
                        "        System.out.println(member.email); // expect PF003",
                        "        System.out.println(member.phone); // expect PF003",
                        "    }",
                        "    void export(jakarta.servlet.http.HttpServletRequest form, java.io.FileWriter out) throws java.io.IOException {",
                        "        out.write(form.getParameter(\"email\")); // expect PF003",
                        "        out.write(form.getParameter(\"phone\")); // expect repeat PF003",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
        Finding first = result.findings().stream().filter(finding -> finding.location().line() == 4).findFirst().orElseThrow();
        assertEquals(List.of(5), first.repeatLines());
    }

    @Test
    void aRowWrittenByTwoMethodsFromVariablesOfOneNameIsOneRecordWhileLogsStayApart() throws Exception {
        // A greylist row inserted by one method and updated by another, both from parameters
        // named ipAddress: one record. Two log lines of such parameters stay two findings.
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Greylist.java",
                        "package org.example;",
                        "public class Greylist {",
                        "    void insert(java.sql.PreparedStatement insert, String ipAddress) throws Exception {",
                        "        insert.setString(1, ipAddress);",
                        "        insert.executeUpdate(); // expect PF003",
                        "        System.out.println(ipAddress); // expect PF003",
                        "    }",
                        "    void update(java.sql.PreparedStatement update, String ipAddress, String email) throws Exception {",
                        "        update.setString(1, ipAddress);",
                        "        update.executeUpdate(); // expect repeat PF003",
                        "        System.out.println(ipAddress); // expect PF003",
                        "    }",
                        "    void remember(java.sql.PreparedStatement remember, String email) throws Exception {",
                        "        remember.setString(1, email);",
                        "        remember.executeUpdate(); // expect PF003",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void oneMethodWritingDifferentDataToOneKindOfSinkIsOneFindingNamingTheRest() throws Exception {
        // JSPWiki's JDBCGroupDatabase.save: the group's row with its modifier, then its members'
        // rows. One @Purpose on the method settles both; a log line stays its own. (The members'
        // row written again elsewhere from a variable of the same name is the same record.)
        AnalysisResult result = FixtureProject.in(folder).rule("PF003")
                .source("org/example/GroupStore.java",
                        "package org.example;",
                        "public class GroupStore {",
                        "    void save(java.sql.PreparedStatement row, java.sql.PreparedStatement members, String userEmail,",
                        "            String memberPhone) throws Exception {",
                        "        row.setString(1, userEmail);",
                        "        row.execute(); // expect PF003",
                        "        members.setString(1, memberPhone);",
                        "        members.execute(); // expect repeat PF003",
                        "        System.out.println(memberPhone); // expect PF003",
                        "    }",
                        "    void rename(java.sql.PreparedStatement row, String memberPhone) throws Exception {",
                        "        row.setString(1, memberPhone);",
                        "        row.execute(); // expect repeat PF003",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
        Finding head = result.findings().stream().filter(finding -> finding.location().line() == 6).findFirst().orElseThrow();
        assertTrue(head.message().contains("the same method hands this kind of sink memberPhone of GroupStore.save"), head.message());
    }

    @Test
    void aSendInAPrivateHelperOfOneMethodIsThatMethodsSendWhileAHelperOfTwoIsItsOwn() throws Exception {
        // James's tryDeliveryToHost sends a mail on one branch and has sendDSNAwareEmail, through a
        // lambda, send it on the other: one method handing one kind of sink the data, one problem.
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Delivery.java",
                        "package org.example;",
                        "public class Delivery {",
                        "    void deliver(java.sql.PreparedStatement row, String userEmail, String userPhone, boolean notify) throws Exception {",
                        "        if (notify) {",
                        "            withNotice(row, userPhone);",
                        "        } else {",
                        "            row.setString(1, userEmail);",
                        "            row.executeUpdate(); // expect PF003",
                        "        }",
                        "    }",
                        "    private void withNotice(java.sql.PreparedStatement row, String userPhone) throws Exception {",
                        "        java.util.List.of(userPhone).forEach(phone -> send(row, phone));",
                        "    }",
                        "    private static void send(java.sql.PreparedStatement row, String phone) {",
                        "        try {",
                        "            row.setString(1, phone);",
                        "            row.executeUpdate(); // expect repeat PF003",
                        "        } catch (java.sql.SQLException e) {",
                        "            throw new IllegalStateException(e);",
                        "        }",
                        "    }",
                        // A helper two methods call is a method of its own: its send is its own finding.
                        "    void first(java.sql.PreparedStatement row, String contactEmail) throws Exception {",
                        "        shared(row, contactEmail);",
                        "    }",
                        "    void second(java.sql.PreparedStatement row, String contactEmail) throws Exception {",
                        "        shared(row, contactEmail);",
                        "    }",
                        "    private void shared(java.sql.PreparedStatement row, String contactEmail) throws Exception {",
                        "        row.setString(1, contactEmail);",
                        "        row.executeUpdate(); // expect PF003",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void aRecordsFieldUpdatedByOneMethodAndTheRecordSavedByAnotherAreOneRow() throws Exception {
        // James's recipient rewrite table: one method updates a mapping's target address, another
        // persists a new mapping whole. One row, one problem; a log of the record stays its own.
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/RecipientRewrite.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class RecipientRewrite {",
                        "    @jakarta.persistence.Id public String user;",
                        "    public String targetAddress;",
                        "}")
                .source("org/example/Mappings.java",
                        "package org.example;",
                        "public class Mappings {",
                        "    private jakarta.persistence.EntityManager em;",
                        "    void update(RecipientRewrite mapping) {",
                        "        em.createQuery(\"UPDATE RecipientRewrite m SET m.targetAddress = :target\")",
                        "                .setParameter(\"target\", mapping.targetAddress).executeUpdate(); // expect PF003",
                        "    }",
                        "    void add(RecipientRewrite mapping) {",
                        "        em.persist(mapping); // expect repeat PF003",
                        "        System.out.println(mapping.targetAddress); // expect PF003",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void aLogLineOfAnotherMethodNamingLessThanTheFirstIsItsOwnFinding() throws Exception {
        // JSPWiki's page manager logs a page name that the analysis cannot tell from principals
        // and profiles, then, in its rename listener, the renamed user's name: the second line's
        // claim is not the first's, so folding it there would hide it behind the first line's.
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    String email;",
                        PERSONAL,
                        "    String phone;",
                        "    void join() {",
                        "        System.out.println(email + phone); // expect PF003",
                        "    }",
                        "    void leave() {",
                        "        System.out.println(email); // expect PF003",
                        "    }",
                        "    void rejoin() {",
                        "        System.out.println(phone + email); // expect repeat PF003",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void aFieldLoggedAfterItsWholeObjectRepeatsIt() throws Exception {
        // Syncope logs an attribute value object (its toString prints the value), then the value
        // itself: the second line prints nothing the first did not. A field logged first and
        // the whole object after it is more of the record, and stays its own finding.
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    String email;",
                        "    @Override public String toString() { return \"Member \" + email; }",
                        "}")
                .source("org/example/Roster.java",
                        "package org.example;",
                        "public class Roster {",
                        "    void print(Member member) {",
                        "        System.out.println(member); // expect PF003",
                        "        System.out.println(member.email); // expect repeat PF003",
                        "    }",
                        "}")
                .source("org/example/Audit.java",
                        "package org.example;",
                        "public class Audit {",
                        "    void audit(Member member) {",
                        "        System.err.println(member.email); // expect PF003",
                        "        System.err.println(member); // expect PF003",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void aSuppressedFindingTakesNoRepeatsWithIt() throws Exception {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    String email;",
                        "    @SuppressWarnings(\"PF003\")",
                        "    void legacy() {",
                        "        System.out.println(email); // expect suppressed PF003",
                        "    }",
                        "    void join() {",
                        "        System.out.println(email); // expect PF003",
                        "        System.out.println(email); // expect repeat PF003",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
    }
}
