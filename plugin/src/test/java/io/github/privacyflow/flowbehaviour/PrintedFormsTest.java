package io.github.privacyflow.flowbehaviour;

import static io.github.privacyflow.testing.FixtureProject.PERSONAL;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log prints an object as its {@code toString} shows it: an object holding personal fields is
 * personal data in a log only when what is printed is. Each case logs an object; the lines with
 * {@code // expect PF003} print personal data, the others print a class name, a hash or a key.
 */
class PrintedFormsTest {

    @TempDir
    Path folder;

    private FixtureProject project() {
        return FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    public String email;",
                        "    public String id;",
                        "    public String getId() { return id; }",
                        "    public String getEmail() { return email; }",
                        "}")
                .source("org/example/Entry.java",
                        "package org.example;",
                        "public abstract class Entry {",
                        "    public abstract String getId();",
                        "    @Override public String toString() { return getClass().getSimpleName() + '[' + getId() + ']'; }",
                        "}")
                .source("org/example/Learner.java",
                        "package org.example;",
                        "public class Learner extends Entry {",
                        PERSONAL,
                        "    public String email;",
                        "    public String key;",
                        "    @Override public String getId() { return key; }",
                        "}")
                .source("org/example/Contact.java",
                        "package org.example;",
                        "public class Contact {",
                        PERSONAL,
                        "    public String email;",
                        "    public String getEmail() { return email; }",
                        "    @Override public String toString() { return \"contact \" + getEmail(); }",
                        "}");
    }

    @Test
    void anObjectIsWhatItsToStringPrints() throws Exception {
        project().source("org/example/Audit.java",
                "package org.example;",
                "public class Audit {",
                "    void log(Member member, Learner learner, Contact contact) {",
                "        System.out.println(member);",
                "        System.out.println(\"joined: \" + member);",
                "        System.out.println(learner);",
                "        System.out.println(\"enrolled \" + learner);",
                "        System.out.println(contact); // expect PF003",
                "        System.out.println(\"wrote to \" + contact); // expect repeat PF003",
                "        System.out.println(member.getEmail()); // expect PF003",
                "        System.out.println(learner.email); // expect PF003",
                "    }",
                "    void passedOn(Learner learner, Contact contact) {",
                "        show(learner);",
                "        show(contact);",
                "    }",
                "    private void show(Object value) {",
                "        System.out.println(value); // expect repeat PF003",
                "    }",
                "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void everyClassTheObjectMayBeCountsAndSoDoTheObjectsItPrints() throws Exception {
        project().source("org/example/Seat.java",
                "package org.example;",
                "public abstract class Seat {",
                "    public int row;",
                "}")
                .source("org/example/PlainSeat.java",
                        "package org.example;",
                        "public class PlainSeat extends Seat {",
                        PERSONAL,
                        "    public String holder;",
                        "}")
                .source("org/example/NamedSeat.java",
                        "package org.example;",
                        "public class NamedSeat extends Seat {",
                        PERSONAL,
                        "    public String holder;",
                        "    @Override public String toString() { return row + \": \" + holder; }",
                        "}")
                .source("org/example/Card.java",
                        "package org.example;",
                        "public class Card {",
                        PERSONAL,
                        "    public String nickname;",
                        "    public Contact owner;",
                        "    public String room;",
                        "    @Override public String toString() { return room + \" for \" + owner; }",
                        "}")
                .source("org/example/Pass.java",
                        "package org.example;",
                        "public class Pass {",
                        PERSONAL,
                        "    public String nickname;",
                        "    public Learner owner;",
                        "    public String room;",
                        "    @Override public String toString() { return room + \" for \" + owner; }",
                        "}")
                .source("org/example/Visit.java",
                        "package org.example;",
                        "public record Visit(@io.github.privacyflow.annotations.PersonalData(category = \"user-interaction\") String email, int minutes) { }")
                .source("org/example/Roster.java",
                        "package org.example;",
                        "public class Roster extends java.util.ArrayList<String> {",
                        PERSONAL,
                        "    public String teacherEmail;",
                        "}")
                .source("org/example/Badge.java",
                        "package org.example;",
                        "@io.github.privacyflow.annotations.PersonalData(category = \"user-interaction\")",
                        "public class Badge {",
                        "    public String colour;",
                        "}")
                .source("org/example/Audit.java",
                        "package org.example;",
                        "public class Audit {",
                        "    void log(Seat seat, Card card, Pass pass, Visit visit, Roster roster, Badge badge) {",
                        "        // A Seat is a PlainSeat, printed by Object's toString, or a NamedSeat, whose toString prints its holder.",
                        "        System.out.println(seat); // expect PF003",
                        "        // A card prints its owner, whose toString prints the e-mail; a pass prints its owner's key.",
                        "        System.out.println(card); // expect PF003",
                        "        System.out.println(pass);",
                        "        // A record prints every component.",
                        "        System.out.println(visit); // expect PF003",
                        "        // A list prints its elements: the JDK's toString is not read, and is taken to show everything.",
                        "        System.out.println(roster); // expect PF003",
                        "        // A type declared personal is personal data wherever it goes.",
                        "        System.out.println(badge); // expect PF003",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void eachValueOfAVarargsArrayPrintsItsOwn() throws Exception {
        project().source("org/example/Audit.java",
                "package org.example;",
                "import java.util.logging.Level;",
                "import java.util.logging.Logger;",
                "public class Audit {",
                "    private static final Logger LOG = Logger.getLogger(\"audit\");",
                "    void log(Learner learner, Contact contact) {",
                "        LOG.log(Level.INFO, \"enrolled {0}\", new Object[] {learner});",
                "        LOG.log(Level.INFO, \"enrolled {0} by {1}\", new Object[] {learner, contact}); // expect PF003",
                "        LOG.log(Level.INFO, \"enrolled {0} as {1}\", new Object[] {learner, learner.email}); // expect PF003",
                "    }",
                "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void anEnumValueIsAConstantNotTheObjectItWasChosenBy() throws Exception {
        project().source("org/example/Kind.java",
                "package org.example;",
                "public enum Kind { GUEST, HOST }")
                .source("org/example/Profile.java",
                        "package org.example;",
                        "public class Profile {",
                        PERSONAL,
                        "    public Kind kind;",
                        "}")
                .source("org/example/Audit.java",
                        "package org.example;",
                        "public class Audit {",
                        "    void log(Member member, Profile profile) {",
                        "        Kind chosen = Kind.valueOf(String.valueOf(member));",
                        "        System.out.println(chosen.name());",
                        "        // An enum field declared personal is personal data when read.",
                        "        System.out.println(profile.kind.name()); // expect PF003",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void anEnumConstantsOwnNamePrintsNothingPersonal() throws Exception {
        // Opencast's Job prints its id, operation and status.toString(): its creator stays out.
        project().source("org/example/Status.java",
                        "package org.example;",
                        "public enum Status { QUEUED, RUNNING }")
                .source("org/example/Job.java",
                        "package org.example;",
                        "public class Job {",
                        PERSONAL,
                        "    public String creator;",
                        "    private long id;",
                        "    private Status status = Status.QUEUED;",
                        "    @Override public String toString() {",
                        "        return String.format(\"Job {id:%d, status:%s, %s}\", id, status.toString(), status.name());",
                        "    }",
                        "}")
                .source("org/example/Audit.java",
                        "package org.example;",
                        "public class Audit {",
                        "    void log(Job job) {",
                        "        System.out.println(job);",
                        "        System.out.println(job.creator); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aToStringInheritedFromADependencyIsReadFromItsClassFile() throws Exception {
        FixtureProject library = FixtureProject.in(folder.resolve("lib"))
                .source("org/lib/Shown.java",
                        "package org.lib;",
                        "public class Shown {",
                        PERSONAL,
                        "    protected String holder;",
                        "    @Override public String toString() { return \"seat of \" + holder; }",
                        "}")
                .source("org/lib/Keyed.java",
                        "package org.lib;",
                        "public class Keyed {",
                        "    protected String key;",
                        "    @Override public String toString() { return \"Keyed[\" + key + ']'; }",
                        "}")
                .compile();
        Path libraryClasses = library.root().resolve("target/classes");
        FixtureProject.in(folder.resolve("app")).rule("PF003")
                .compileAgainst(libraryClasses)
                .configure(request -> request.classpathEntry(libraryClasses))
                .source("org/example/Guest.java",
                        "package org.example;",
                        "public class Guest extends org.lib.Shown {",
                        PERSONAL,
                        "    public String email;",
                        "}")
                .source("org/example/Host.java",
                        "package org.example;",
                        "public class Host extends org.lib.Keyed {",
                        PERSONAL,
                        "    public String email;",
                        "}")
                .source("org/example/Audit.java",
                        "package org.example;",
                        "public class Audit {",
                        "    void log(Guest guest, Host host) {",
                        "        System.out.println(guest); // expect PF003",
                        "        System.out.println(host);",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void anInterfaceCalledInAToStringRunsWhatItsImplementationsDo() throws Exception {
        project().source("org/example/Describer.java",
                        "package org.example;",
                        "public interface Describer { String describe(); }")
                .source("org/example/EmailDescriber.java",
                        "package org.example;",
                        "public class EmailDescriber implements Describer {",
                        PERSONAL,
                        "    public String email;",
                        "    public String describe() { return email; }",
                        "}")
                .source("org/example/Quiet.java",
                        "package org.example;",
                        "public interface Quiet { String describe(); }")
                .source("org/example/RoomQuiet.java",
                        "package org.example;",
                        "public class RoomQuiet implements Quiet {",
                        "    public String room;",
                        "    public String describe() { return room; }",
                        "}")
                .source("org/example/Unimplemented.java",
                        "package org.example;",
                        "public interface Unimplemented { String describe(); }")
                .source("org/example/Ticket.java",
                        "package org.example;",
                        "public class Ticket {",
                        PERSONAL,
                        "    public String nickname;",
                        "    public Describer describer;",
                        "    @Override public String toString() { return \"ticket \" + describer.describe(); }",
                        "}")
                .source("org/example/Stub.java",
                        "package org.example;",
                        "public class Stub {",
                        PERSONAL,
                        "    public String nickname;",
                        "    public Quiet quiet;",
                        "    @Override public String toString() { return \"stub \" + quiet.describe(); }",
                        "}")
                .source("org/example/Blank.java",
                        "package org.example;",
                        "public class Blank {",
                        PERSONAL,
                        "    public String nickname;",
                        "    public Unimplemented unknown;",
                        "    @Override public String toString() { return \"blank \" + unknown.describe(); }",
                        "}")
                .source("org/example/Audit.java",
                        "package org.example;",
                        "public class Audit {",
                        "    void log(Ticket ticket, Stub stub, Blank blank) {",
                        "        System.out.println(ticket); // expect PF003",
                        "        System.out.println(stub);",
                        "        // No class of the program implements it: what it prints is unknown, taken to be everything.",
                        "        System.out.println(blank); // expect PF003",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void objectsThatPrintEachOtherAreReadOnceAndAChainTooLongIsTakenToPrintEverything() throws Exception {
        project().source("org/example/Ring.java",
                        "package org.example;",
                        "public class Ring {",
                        PERSONAL,
                        "    public String owner;",
                        "    public Link next;",
                        "    @Override public String toString() { return \"ring \" + next; }",
                        "}")
                .source("org/example/Link.java",
                        "package org.example;",
                        "public class Link {",
                        "    public Ring ring;",
                        "    public int position;",
                        "    @Override public String toString() { return position + \" of \" + ring; }",
                        "}")
                .source("org/example/Chain.java",
                        "package org.example;",
                        "public class Chain {",
                        PERSONAL,
                        "    public String owner;",
                        "    public C1 first;",
                        "    @Override public String toString() { return \"chain \" + first; }",
                        "}",
                        "class C1 { C2 next; @Override public String toString() { return \"1 \" + next; } }",
                        "class C2 { C3 next; @Override public String toString() { return \"2 \" + next; } }",
                        "class C3 { C4 next; @Override public String toString() { return \"3 \" + next; } }",
                        "class C4 { C5 next; @Override public String toString() { return \"4 \" + next; } }",
                        "class C5 { C6 next; @Override public String toString() { return \"5 \" + next; } }",
                        "class C6 { int end; @Override public String toString() { return \"6 \" + end; } }")
                .source("org/example/Audit.java",
                        "package org.example;",
                        "public class Audit {",
                        "    void log(Ring ring, Chain chain) {",
                        "        System.out.println(ring);",
                        "        System.out.println(chain); // expect PF003",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
    }
}
