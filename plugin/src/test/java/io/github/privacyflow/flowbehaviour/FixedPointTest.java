package io.github.privacyflow.flowbehaviour;

import static io.github.privacyflow.testing.FixtureProject.PERSONAL;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a method learns late reaches the methods analysed before it: recursion (a caller
 * analysed before its callee's summary is known), a field written by a method analysed after
 * its readers, a parameter that reaches a sink only through a cycle, a collection filled through
 * a cycle. Small programs, so each case settles in a few rounds.
 */
class FixedPointTest {

    @TempDir
    Path folder;

    @Test
    void aValueReturnedThroughMutualRecursionIsFollowed() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Ring.java",
                        "package org.example;",
                        "public class Ring {",
                        PERSONAL,
                        "    String email;",
                        "    String even(String value, int n) { return n <= 0 ? value : odd(value, n - 1); }",
                        "    String odd(String value, int n) { return n <= 0 ? \"odd\" : even(value + \"!\", n - 1); }",
                        "    void run() {",
                        "        System.out.println(odd(email, 3)); // expect PF003",
                        "        System.out.println(odd(\"constant\", 3));",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aParameterThatReachesASinkOnlyThroughACycleIsFollowed() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Walk.java",
                        "package org.example;",
                        "public class Walk {",
                        PERSONAL,
                        "    String email;",
                        "    void walk(String value, int n) {",
                        "        if (n == 0) {",
                        "            System.out.println(value); // expect PF003",
                        "        } else {",
                        "            step(value, n - 1);",
                        "        }",
                        "    }",
                        "    void step(String value, int n) { walk(value, n); }",
                        "    void start() { step(email, 2); }",
                        "    void quiet() { step(\"constant\", 2); }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aFieldWrittenAfterItsReaderWasAnalysedReachesTheReader() {
        // Classes are analysed in name order when no call orders them: each field is read by a
        // class that comes before the writer and by one that comes after it.
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    String email;",
                        "}")
                .source("org/example/Holder.java",
                        "package org.example;",
                        "public class Holder {",
                        "    String note;",
                        "    String memo;",
                        "}")
                .source("org/example/AReader.java",
                        "package org.example;",
                        "public class AReader {",
                        "    void print(Holder holder) { System.out.println(holder.note); } // expect PF003",
                        "}")
                .source("org/example/MWriter.java",
                        "package org.example;",
                        "public class MWriter {",
                        "    void fill(Holder holder, Member member) { holder.note = member.email; holder.memo = member.email; }",
                        "}")
                .source("org/example/ZReader.java",
                        "package org.example;",
                        "public class ZReader {",
                        "    void print(Holder holder) { System.out.println(holder.memo); } // expect PF003",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aCollectionFilledThroughACycleCarriesTheData() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Collect.java",
                        "package org.example;",
                        "import java.util.ArrayList;",
                        "import java.util.List;",
                        "public class Collect {",
                        PERSONAL,
                        "    String email;",
                        "    void gather(List<String> into, String value, int n) {",
                        "        if (n == 0) {",
                        "            into.add(value);",
                        "        } else {",
                        "            again(into, value, n - 1);",
                        "        }",
                        "    }",
                        "    void again(List<String> into, String value, int n) { gather(into, value, n); }",
                        "    void run() {",
                        "        List<String> found = new ArrayList<>();",
                        "        again(found, email, 3);",
                        "        System.out.println(found); // expect PF003",
                        "        List<String> clean = new ArrayList<>();",
                        "        again(clean, \"constant\", 3);",
                        "        System.out.println(clean);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aSetterReachedThroughACycleWritesTheField() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Profile.java",
                        "package org.example;",
                        "public class Profile {",
                        PERSONAL,
                        "    String email;",
                        "    String shown;",
                        "    void set(String value, int n) { if (n == 0) { shown = value; } else { relay(value, n - 1); } }",
                        "    void relay(String value, int n) { set(value, n); }",
                        "    void fill() { relay(email, 2); }",
                        "    void show() { System.out.println(shown); } // expect PF003",
                        "}")
                .assertMatchesMarkers();
    }
}
