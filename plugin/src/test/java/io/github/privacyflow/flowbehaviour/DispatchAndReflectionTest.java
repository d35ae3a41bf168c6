package io.github.privacyflow.flowbehaviour;

import static io.github.privacyflow.testing.FixtureProject.PERSONAL;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which implementation runs: a cast keeps what the object is known to be, an inherited method
 * called on an object the caller made runs that object's overrides, a lambda's interface method
 * runs the lambda, and reflection with constant names is the access it names. Lines with
 * {@code // expect PF003} must fire, the others must stay silent.
 */
class DispatchAndReflectionTest {

    @TempDir
    Path folder;

    private FixtureProject project() {
        return FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    public String email;",
                        "    public String room;",
                        "    public String getEmail() { return email; }",
                        "    public String getRoom() { return room; }",
                        "    public void setRoom(String room) { this.room = room; }",
                        "}")
                .source("org/example/Announcer.java",
                        "package org.example;",
                        "public abstract class Announcer {",
                        "    protected final Member member;",
                        "    protected Announcer(Member member) { this.member = member; }",
                        "    protected abstract String name();",
                        "    public String announce() { return \"Next: \" + name(); }",
                        "}")
                .source("org/example/EmailAnnouncer.java",
                        "package org.example;",
                        "public class EmailAnnouncer extends Announcer {",
                        "    public EmailAnnouncer(Member member) { super(member); }",
                        "    @Override protected String name() { return member.getEmail(); }",
                        "}")
                .source("org/example/RoomAnnouncer.java",
                        "package org.example;",
                        "public class RoomAnnouncer extends Announcer {",
                        "    public RoomAnnouncer(Member member) { super(member); }",
                        "    @Override protected String name() { return member.getRoom(); }",
                        "}");
    }

    @Test
    void theImplementationThatRunsIsTheOneOfTheObjectsClass() throws Exception {
        project().source("org/example/Calls.java",
                "package org.example;",
                "import java.util.function.Function;",
                "public class Calls {",
                "    void templateMethod(Member m) {",
                "        Announcer byEmail = new EmailAnnouncer(m);",
                "        Announcer byRoom = new RoomAnnouncer(m);",
                "        System.out.println(byEmail.announce()); // expect PF003",
                "        System.out.println(byRoom.announce());",
                "    }",
                "    void anyAnnouncerMayBeEither(Announcer given) {",
                "        System.out.println(given.announce()); // expect repeat PF003",
                "    }",
                "    void castFromObject(Member m) {",
                "        Object held = new RoomAnnouncer(m);",
                "        System.out.println(((Announcer) held).announce());",
                "    }",
                "    void methodReferences(Member m) {",
                "        Function<Member, String> room = Member::getRoom;",
                "        Function<Member, String> email = Member::getEmail;",
                "        System.out.println(room.apply(m));",
                "        System.out.println(email.apply(m)); // expect repeat PF003",
                "    }",
                "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void reflectionWithConstantNamesIsTheAccessItNames() throws Exception {
        project().source("org/example/Reflect.java",
                "package org.example;",
                "public class Reflect {",
                "    void fieldGet(Member m) throws Exception {",
                "        System.out.println(Member.class.getDeclaredField(\"room\").get(m));",
                "        System.out.println(Member.class.getDeclaredField(\"email\").get(m)); // expect PF003",
                "    }",
                "    void invoke(Member m) throws Exception {",
                "        System.out.println(Member.class.getMethod(\"getRoom\").invoke(m));",
                "        System.out.println(Member.class.getMethod(\"getEmail\").invoke(m)); // expect repeat PF003",
                "    }",
                "    static class Note {",
                "        public String text;",
                "        public void setText(String text) { this.text = text; }",
                "    }",
                "    void fieldSet(Member m) throws Exception {",
                "        Note copy = new Note();",
                "        Note.class.getDeclaredField(\"text\").set(copy, m.email);",
                "        System.out.println(copy.text); // expect repeat PF003",
                "        Note other = new Note();",
                "        Note.class.getMethod(\"setText\", String.class).invoke(other, \"Room 4\");",
                "        System.out.println(other.text);",
                "    }",
                "    void nameNotAConstant(Member m, String name) throws Exception {",
                "        System.out.println(Member.class.getDeclaredField(name).get(m)); // expect repeat PF003",
                "    }",
                "}")
                .compile().assertMatchesMarkers();
    }
}
