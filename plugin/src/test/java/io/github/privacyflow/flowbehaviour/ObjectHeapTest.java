package io.github.privacyflow.flowbehaviour;

import static io.github.privacyflow.testing.FixtureProject.PERSONAL;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The allocation-site heap: a field belongs to an object, not to its class. Each case is a
 * method whose sink line carries {@code // expect PF003} when data really reaches it; the lines
 * without a marker are the twins where it cannot, and must stay silent.
 */
class ObjectHeapTest {

    @TempDir
    Path folder;

    private FixtureProject project() {
        return FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        PERSONAL,
                        "    public String email;",
                        "    public String getEmail() { return email; }",
                        "}")
                .source("org/example/Badge.java",
                        "package org.example;",
                        "public class Badge {",
                        "    public String label;",
                        "    public Badge() { }",
                        "    public Badge(String label) { this.label = label; }",
                        "    public String getLabel() { return label; }",
                        "    public void setLabel(String label) { this.label = label; }",
                        "    public void maybeSetLabel(String label, boolean really) { if (really) { this.label = label; } }",
                        "    public void copyFrom(Badge other) { this.label = other.label; }",
                        "}")
                .source("org/example/Tile.java",
                        "package org.example;",
                        "public class Tile {",
                        "    public Badge badge;",
                        "}");
    }

    @Test
    void fieldsOfObjectsTheMethodAllocatesAreKeptApart() throws Exception {
        project().source("org/example/Fresh.java",
                "package org.example;",
                "public class Fresh {",
                "    static Badge shared;",
                "    void distinct(Member member) {",
                "        Badge own = new Badge();",
                "        Badge guest = new Badge();",
                "        own.label = member.email;",
                "        guest.label = \"Guest\";",
                "        System.out.println(own.label); // expect PF003",
                "        System.out.println(guest.label);",
                "    }",
                "    void strongUpdate(Member member) {",
                "        Badge badge = new Badge();",
                "        badge.label = member.email;",
                "        badge.label = \"Seat 4\";",
                "        System.out.println(badge.label);",
                "    }",
                "    void overwrittenOnOneBranchOnly(Member member, boolean exam) {",
                "        Badge badge = new Badge();",
                "        badge.label = member.email;",
                "        if (exam) {",
                "            badge.label = \"Seat 4\";",
                "        }",
                "        System.out.println(badge.label); // expect repeat PF003",
                "    }",
                "    void nestedAlias(Member member) {",
                "        Tile speaker = new Tile();",
                "        Tile preview = new Tile();",
                "        Tile own = new Tile();",
                "        speaker.badge = new Badge();",
                "        own.badge = new Badge();",
                "        preview.badge = speaker.badge;",
                "        speaker.badge.label = member.email;",
                "        System.out.println(preview.badge.label); // expect repeat PF003",
                "        System.out.println(own.badge.label);",
                "    }",
                "    void escapedThroughAStaticField(Member member) {",
                "        Badge badge = new Badge();",
                "        shared = badge;",
                "        shared.label = member.email;",
                "        System.out.println(badge.label); // expect repeat PF003",
                "    }",
                "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void callsOnDistinctReceiversKeepTheirFieldsApart() throws Exception {
        project().source("org/example/Calls.java",
                "package org.example;",
                "public class Calls {",
                "    void setters(Member member) {",
                "        Badge own = new Badge();",
                "        Badge door = new Badge();",
                "        own.setLabel(member.email);",
                "        door.setLabel(\"Room 4\");",
                "        System.out.println(own.getLabel()); // expect PF003",
                "        System.out.println(door.getLabel());",
                "    }",
                "    void constructors(Member member) {",
                "        Badge own = new Badge(member.getEmail());",
                "        Badge teacher = new Badge(\"Teacher\");",
                "        System.out.println(own.getLabel()); // expect repeat PF003",
                "        System.out.println(teacher.getLabel());",
                "    }",
                "    void setterOverwrites(Member member) {",
                "        Badge badge = new Badge(member.email);",
                "        badge.setLabel(\"Seat 4\");",
                "        System.out.println(badge.getLabel());",
                "    }",
                "    void conditionalSetterMayKeepTheOld(Member member, boolean exam) {",
                "        Badge badge = new Badge(member.email);",
                "        badge.maybeSetLabel(\"Seat 4\", exam);",
                "        System.out.println(badge.getLabel()); // expect repeat PF003",
                "    }",
                "    void copiedFieldComesFromTheOtherObject(Member member) {",
                "        Badge source = new Badge(member.email);",
                "        Badge clean = new Badge(\"Guest\");",
                "        Badge copy = new Badge();",
                "        copy.copyFrom(source);",
                "        Badge other = new Badge();",
                "        other.copyFrom(clean);",
                "        System.out.println(copy.label); // expect repeat PF003",
                "        System.out.println(other.label);",
                "    }",
                "    static Badge badgeFor(String text) {",
                "        Badge badge = new Badge();",
                "        badge.label = text;",
                "        return badge;",
                "    }",
                "    void factories(Member member) {",
                "        Badge own = badgeFor(member.email);",
                "        Badge room = badgeFor(\"Room 4\");",
                "        System.out.println(own.label); // expect repeat PF003",
                "        System.out.println(room.label);",
                "    }",
                "    static String labelOf(Badge badge) {",
                "        return badge.label;",
                "    }",
                "    void aHelperReadsTheCallersObject(Member member) {",
                "        Badge own = new Badge(member.email);",
                "        Badge room = new Badge(\"Room 4\");",
                "        System.out.println(labelOf(own)); // expect repeat PF003",
                "        System.out.println(labelOf(room));",
                "    }",
                "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void objectsTheMethodCannotNameStillCarryWhatTheFieldHoldsAnywhere() throws Exception {
        project().source("org/example/Unknown.java",
                "package org.example;",
                "public class Unknown {",
                "    private Badge current;",
                "    public void remember(Member member) {",
                "        Badge badge = new Badge();",
                "        badge.setLabel(member.email);",
                "        current = badge;",
                "    }",
                "    public void show() {",
                "        System.out.println(current.getLabel()); // expect PF003",
                "    }",
                "    public void showGiven(Badge given) {",
                "        System.out.println(given.label); // expect repeat PF003",
                "    }",
                "    private void showPrivately(Badge given) {",
                "        System.out.println(given.label);",
                "    }",
                "    public void callsThePrivateOneWithAGuest() {",
                "        showPrivately(new Badge(\"Guest\"));",
                "    }",
                "}")
                .compile().assertMatchesMarkers();
    }
}
