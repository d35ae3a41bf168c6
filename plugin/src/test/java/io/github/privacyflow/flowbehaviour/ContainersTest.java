package io.github.privacyflow.flowbehaviour;

import static io.github.privacyflow.testing.FixtureProject.PERSONAL;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Containers as objects: a collection, map, array or optional the method made keeps its
 * contents apart (elements with their own fields, keys apart from values, constant keys and
 * indexes apart from each other). Lines with {@code // expect PF003} must fire, the others
 * must stay silent.
 */
class ContainersTest {

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
                        "}")
                .source("org/example/Tag.java",
                        "package org.example;",
                        "public class Tag {",
                        "    private String text;",
                        "    private String room;",
                        "    public Tag(String text, String room) { this.text = text; this.room = room; }",
                        "    public String getText() { return text; }",
                        "    public String getRoom() { return room; }",
                        "}")
                .source("org/example/Polluter.java",
                        "package org.example;",
                        "public class Polluter {",
                        "    public Tag everyRoomIsPersonalElsewhere(Member m) {",
                        "        return new Tag(m.email, m.email);",
                        "    }",
                        "}");
    }

    @Test
    void collectionsKeepTheirElementsObjects() throws Exception {
        project().source("org/example/Lists.java",
                "package org.example;",
                "import java.util.*;",
                "public class Lists {",
                "    void listGet(List<Member> roster) {",
                "        List<Tag> tags = new ArrayList<>();",
                "        for (Member m : roster) {",
                "            tags.add(new Tag(m.getEmail(), m.getRoom()));",
                "        }",
                "        for (int i = 0; i < tags.size(); i++) {",
                "            System.out.println(tags.get(i).getText()); // expect PF003",
                "            System.out.println(tags.get(i).getRoom());",
                "        }",
                "    }",
                "    void loopAddEachRead(List<Member> roster) {",
                "        List<Tag> tags = new ArrayList<>();",
                "        for (Member m : roster) {",
                "            tags.add(new Tag(m.getEmail(), m.getRoom()));",
                "        }",
                "        for (Tag t : tags) {",
                "            System.out.println(t.getRoom());",
                "        }",
                "    }",
                "    void oneAddIndexedRead(Member m) {",
                "        List<Tag> tags = new ArrayList<>();",
                "        tags.add(new Tag(m.getEmail(), m.getRoom()));",
                "        for (int i = 0; i < tags.size(); i++) {",
                "            System.out.println(tags.get(i).getRoom());",
                "        }",
                "    }",
                "    void iteration(Member m) {",
                "        Set<Tag> tags = new HashSet<>();",
                "        tags.add(new Tag(m.email, m.room));",
                "        for (Tag tag : tags) {",
                "            System.out.println(tag.getText()); // expect repeat PF003",
                "            System.out.println(tag.getRoom());",
                "        }",
                "    }",
                "    void queue(Member m) {",
                "        Deque<Tag> hands = new ArrayDeque<>();",
                "        hands.offer(new Tag(m.email, m.room));",
                "        System.out.println(hands.poll().getRoom());",
                "    }",
                "    void optional(Member m) {",
                "        Optional<Tag> tag = Optional.of(new Tag(m.email, m.room));",
                "        System.out.println(tag.get().getRoom());",
                "        System.out.println(tag.get().getText()); // expect repeat PF003",
                "    }",
                "    void cleared(Member m) {",
                "        StringBuilder line = new StringBuilder(m.email);",
                "        line.setLength(0);",
                "        line.append(m.room);",
                "        System.out.println(line);",
                "        StringBuilder kept = new StringBuilder(m.email);",
                "        kept.setLength(3);",
                "        System.out.println(kept); // expect repeat PF003",
                "    }",
                "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void mapsKeepKeysValuesAndConstantKeysApart() throws Exception {
        project().source("org/example/Maps.java",
                "package org.example;",
                "import java.util.*;",
                "public class Maps {",
                "    void constantKeys(Member m) {",
                "        Map<String, String> profile = new HashMap<>();",
                "        profile.put(\"email\", m.email);",
                "        profile.put(\"room\", m.room);",
                "        System.out.println(profile.get(\"room\"));",
                "        System.out.println(profile.get(\"email\")); // expect PF003",
                "        System.out.println(profile); // expect repeat PF003",
                "    }",
                "    void keysAndValues(List<Member> hosts) {",
                "        Map<String, String> hostByRoom = new HashMap<>();",
                "        for (Member host : hosts) {",
                "            hostByRoom.put(host.room, host.email);",
                "        }",
                "        System.out.println(hostByRoom.keySet());",
                "        System.out.println(hostByRoom.values()); // expect repeat PF003",
                "        for (Map.Entry<String, String> entry : hostByRoom.entrySet()) {",
                "            System.out.println(entry.getKey());",
                "            System.out.println(entry.getValue()); // expect repeat PF003",
                "        }",
                "    }",
                // A map the method did not make still keeps what it puts there under its key (MapKeysTest).
                "    void aMapGivenKeepsWhatIsPutUnderItsKey(Map<String, String> given, Member m) {",
                "        given.put(\"email\", m.email);",
                "        System.out.println(given.get(\"room\"));",
                "        System.out.println(given.get(\"email\")); // expect repeat PF003",
                "    }",
                "}")
                .compile().assertMatchesMarkers();
    }

    @Test
    void arraysKeepConstantIndexesApart() throws Exception {
        project().source("org/example/Arrays2.java",
                "package org.example;",
                "public class Arrays2 {",
                "    void indexes(Member m, int i) {",
                "        String[] row = {m.email, m.room};",
                "        System.out.println(row[1]);",
                "        System.out.println(row[0]); // expect PF003",
                "        System.out.println(row[i]); // expect repeat PF003",
                "        String[] copy = row.clone();",
                "        System.out.println(copy[1]);",
                "        System.out.println(copy[0]); // expect repeat PF003",
                "        String[] cells = new String[3];",
                "        cells[0] = m.room;",
                "        cells[i] = m.email;",
                "        System.out.println(cells[0]); // expect repeat PF003",
                "    }",
                "    void objects(Member m) {",
                "        Tag[] row = new Tag[1];",
                "        row[0] = new Tag(m.email, m.room);",
                "        System.out.println(row[0].getRoom());",
                "        System.out.println(row[0].getText()); // expect repeat PF003",
                "    }",
                "}")
                .compile().assertMatchesMarkers();
    }
}
