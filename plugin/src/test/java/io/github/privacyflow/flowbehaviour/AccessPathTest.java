package io.github.privacyflow.flowbehaviour;

import static io.github.privacyflow.testing.FixtureProject.PERSONAL;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two-step access paths: a method that reads a field of an object its argument holds
 * ({@code this.seat.holder}) is summarised in terms of that path, so each caller answers with
 * the objects it passes, not with what the field holds anywhere in the program.
 */
class AccessPathTest {

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
                .source("org/example/Seat.java",
                        "package org.example;",
                        "public class Seat {",
                        "    public String holder;",
                        "}")
                .source("org/example/Room.java",
                        "package org.example;",
                        "public class Room {",
                        "    public Seat seat;",
                        "    public String holderName() { return seat.holder; }",
                        "    public void announce() {",
                        "        // A public method may be called from code the analysis does not see: the table answers here too.",
                        "        System.out.println(seat.holder); // expect PF003",
                        "    }",
                        "}");
    }

    @Test
    void aFieldOfAnArgumentsFieldIsBoundToTheCallersObjects() throws Exception {
        // A seat holding an e-mail is published, so the program-wide table holds an e-mail for
        // Seat.holder: a one-step summary would answer with it for every room.
        project().source("org/example/Board.java",
                        "package org.example;",
                        "public class Board {",
                        "    static Seat lastTaken;",
                        "    void take(Member member) {",
                        "        Seat seat = new Seat();",
                        "        seat.holder = member.email;",
                        "        lastTaken = seat;",
                        "    }",
                        "}")
                .source("org/example/Lobby.java",
                        "package org.example;",
                        "public class Lobby {",
                        "    void open(Member member) {",
                        "        Room exam = new Room();",
                        "        exam.seat = new Seat();",
                        "        exam.seat.holder = member.email;",
                        "        Room practice = new Room();",
                        "        practice.seat = new Seat();",
                        "        practice.seat.holder = \"Seat 4\";",
                        "        System.out.println(exam.holderName()); // expect PF003",
                        "        System.out.println(practice.holderName());",
                        "        practice.announce();",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void aSinkReachedThroughTheAccessPathIsReportedWhereACallerBindsIt() throws Exception {
        project().source("org/example/Room.java",
                        "package org.example;",
                        "public class Room {",
                        "    public Seat seat;",
                        "    public void announce() {",
                        "        System.out.println(seat.holder); // expect PF003",
                        "    }",
                        "}")
                .source("org/example/Lobby.java",
                        "package org.example;",
                        "public class Lobby {",
                        "    void open(Member member) {",
                        "        Room exam = new Room();",
                        "        exam.seat = new Seat();",
                        "        exam.seat.holder = member.email;",
                        "        exam.announce();",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void aCalleesWriteThroughAnArgumentsFieldReachesTheCallersObject() throws Exception {
        project().source("org/example/Usher.java",
                        "package org.example;",
                        "public class Usher {",
                        "    static void seat(Room room, Member member) {",
                        "        room.seat.holder = member.email;",
                        "    }",
                        "    void open(Member member) {",
                        "        Room exam = new Room();",
                        "        exam.seat = new Seat();",
                        "        exam.seat.holder = \"Seat 4\";",
                        "        seat(exam, member);",
                        "        System.out.println(exam.seat.holder); // expect PF003",
                        "        Room quiet = new Room();",
                        "        quiet.seat = new Seat();",
                        "        quiet.seat.holder = \"Seat 5\";",
                        "        System.out.println(quiet.seat.holder);",
                        "    }",
                        "}")
                .compile().assertMatchesMarkers();
    }
}
