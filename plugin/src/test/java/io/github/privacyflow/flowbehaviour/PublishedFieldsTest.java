package io.github.privacyflow.flowbehaviour;

import static io.github.privacyflow.testing.FixtureProject.PERSONAL;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new object's fields are its own until the object escapes: what a method writes into an
 * object it made, itself or through a setter or constructor, is not what every object of the
 * class holds. Once the object is stored where other code can reach it, handed to library code,
 * or returned by a method that is no factory, readers elsewhere see it.
 */
class PublishedFieldsTest {

    @TempDir
    Path folder;

    private FixtureProject project() {
        return FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    public String email;",
                        "}")
                .source("org/example/Note.java",
                        "package org.example;",
                        "public class Note {",
                        "    private String text;",
                        "    public Note() { }",
                        "    public Note(String text) { this.text = text; }",
                        "    public String getText() { return text; }",
                        "    public void setText(String text) { this.text = text; }",
                        "}");
    }

    @Test
    void aNewObjectsFieldsStayWithItUntilItEscapes() throws Exception {
        project().source("org/example/Board.java",
                "package org.example;",
                "public class Board {",
                "    void draft(Member member) {",
                "        Note draft = new Note();",
                "        draft.setText(member.email);",
                "        Note card = new Note(member.email);",
                "        System.out.println(draft.getText().length() + card.getText().length());",
                "    }",
                "    void show(Note note) {",
                "        System.out.println(note.getText());",
                "    }",
                "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void aNewObjectStoredInAFieldIsSeenByItsReaders() throws Exception {
        project().source("org/example/Board.java",
                "package org.example;",
                "public class Board {",
                "    private Note pinned;",
                "    void pin(Member member) {",
                "        Note note = new Note();",
                "        note.setText(member.email);",
                "        this.pinned = note;",
                "    }",
                "    void showPinned() {",
                "        System.out.println(pinned.getText()); // expect PF003",
                "    }",
                "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void anObjectMadeAndUsedHereIsFollowedIntoItsMethods() throws Exception {
        project().source("org/example/Outbox.java",
                "package org.example;",
                "public class Outbox {",
                "    private final String target;",
                "    public Outbox(String target) { this.target = target; }",
                "    public void send() {",
                "        System.out.println(target); // expect PF003",
                "    }",
                "}")
                .source("org/example/Mailer.java",
                "package org.example;",
                "public class Mailer {",
                "    public void innerClass(Member member) {",
                "        Pending pending = new Pending(member.email);",
                "        pending.send();",
                "    }",
                "    public void topLevel(Member member) {",
                "        Outbox box = new Outbox(member.email);",
                "        box.send();",
                "    }",
                "    private class Pending {",
                "        private final String target;",
                "        Pending(String target) { this.target = target; }",
                "        void send() {",
                "            System.out.println(target); // expect PF003",
                "        }",
                "    }",
                "    public void anonymousClass(Member member) {",
                "        String address = member.email;",
                "        Runnable retry = new Runnable() {",
                "            @Override public void run() {",
                "                System.out.println(address); // expect repeat PF003",
                "            }",
                "        };",
                "        retry.run();",
                "    }",
                "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void aSinkInACalleeReachedThroughAFieldIsFoundWhenNothingCallsTheCaller() throws Exception {
        project()
                .source("org/example/Board.java",
                        "package org.example;",
                        "public class Board {",
                        "    private String author;",
                        "    public void sign(Member member) { author = member.email; }",
                        "    public void publish(Printer printer) { printer.print(author); }",
                        "    public void publishTitle(Printer printer) { printer.print(\"title\"); }",
                        "}")
                .source("org/example/Printer.java",
                        "package org.example;",
                        "public class Printer {",
                        // Nothing calls Board.publish: its receiver's field is what the program writes there anywhere.
                        "    public void print(String text) {",
                        "        System.out.println(text); // expect PF003",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
    }
    @Test
    void aFieldTypedByATypeVariableHoldsOnlyWhatEachKnownObjectWasGiven() throws Exception {
        project()
                .source("org/example/Pair.java",
                        "package org.example;",
                        "public final class Pair<A, B> {",
                        "    private final A first;",
                        "    private final B second;",
                        "    private Pair(A first, B second) { this.first = first; this.second = second; }",
                        "    public static <A, B> Pair<A, B> of(A first, B second) { return new Pair<>(first, second); }",
                        "    public A first() { return first; }",
                        "    public B second() { return second; }",
                        "}")
                .source("org/example/Rooms.java",
                        "package org.example;",
                        "import java.util.List;",
                        "public class Rooms {",
                        "    private List<Pair<String, String>> rooms = new java.util.ArrayList<>();",
                        "    private List<Pair<String, String>> invitations = new java.util.ArrayList<>();",
                        "    void invite(Member member, String room) {",
                        "        Pair<String, String> invitation = Pair.of(room, member.email);",
                        "        System.out.println(invitation.second()); // expect PF003",
                        "        invitations.add(invitation);",
                        "        rooms.add(Pair.of(room, room.toUpperCase()));",
                        "    }",
                        "    void list() {",
                        "        for (Pair<String, String> room : rooms) {",
                        "            System.out.println(room.second());",
                        "        }",
                        "    }",
                        "    void remind() {",
                        "        for (Pair<String, String> invitation : invitations) {",
                        "            System.out.println(invitation.second()); // expect repeat PF003",
                        "        }",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
    }
}
