package io.github.privacyflow.rules;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PF006 on types whose instances or personal data reach a store through the code, not a mapping. */
class MissingRetentionFlowTest {

    @TempDir
    Path folder;

    @Test
    void typesWhoseDataReachesAStoreFire() {
        FixtureProject.in(folder).rule("PF006")
                .source("org/example/Attendee.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "public class Attendee { // expect PF006",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    public String email;",
                        "}")
                .source("org/example/Badge.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "public record Badge( // expect PF006",
                        "        @PersonalData(category = \"user-interaction\") String holderName,",
                        "        String colour) {",
                        "}")
                .source("org/example/Note.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "public class Note { // expect PF006",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    public String author;",
                        "}")
                .source("org/example/Exporter.java",
                        "package org.example;",
                        "import java.nio.file.Files;",
                        "import java.nio.file.Path;",
                        "import java.sql.PreparedStatement;",
                        "public class Exporter {",
                        "    void export(Attendee attendee) throws Exception {",
                        "        Files.writeString(Path.of(\"attendees.csv\"), attendee.email);",
                        "    }",
                        "    void insert(PreparedStatement statement, Badge badge) throws Exception {",
                        "        statement.setObject(1, badge);",
                        "        statement.executeUpdate();",
                        "    }",
                        "    void save(jakarta.persistence.EntityManager em, Note note) {",
                        "        em.merge(note);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void retainedTypesLoggedDataAndNonPersonalFieldsAreSilent() {
        FixtureProject.in(folder).rule("PF006")
                .source("org/example/Attendee.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "@Retain(days = 30)",
                        "public class Attendee {",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    public String email;",
                        "}")
                .source("org/example/Visitor.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "public class Visitor {",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    public String nickname;",
                        "}")
                .source("org/example/Room.java",
                        "package org.example;",
                        "public class Room {",
                        "    public String roomName;",
                        "}")
                .source("org/example/Exporter.java",
                        "package org.example;",
                        "import java.nio.file.Files;",
                        "import java.nio.file.Path;",
                        "public class Exporter {",
                        "    void export(Attendee attendee, Visitor visitor, Room room) throws Exception {",
                        "        Files.writeString(Path.of(\"attendees.csv\"), attendee.email);",
                        "        System.out.println(visitor.nickname);",
                        "        Files.writeString(Path.of(\"rooms.csv\"), room.roomName);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
}
