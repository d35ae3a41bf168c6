package io.github.privacyflow.rules;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingRetentionRuleTest {

    @TempDir
    Path folder;

    @Test
    void persistedTypesWithPersonalDataAndNoRetentionFire() {
        FixtureProject.in(folder).rule("PF006")
                .source("org/example/ChatMessage.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import jakarta.persistence.Entity;",
                        "@Entity",
                        "public class ChatMessage { // expect PF006",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    private String senderNickname;",
                        "    private String body;",
                        "}")
                .source("org/example/LegacyAttendance.java",
                        "package org.example;",
                        "@javax.persistence.Table(name = \"attendance\")",
                        "public class LegacyAttendance { // expect PF006",
                        "    private String studentEmail;",
                        "}")
                .source("org/example/Recording.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import jakarta.persistence.Entity;",
                        "@Entity",
                        "@PersonalData(category = \"generated-content\")",
                        "public class Recording { // expect PF006",
                        "    private String storageKey;",
                        "}")
                .source("org/example/Person.java",
                        "package org.example;",
                        "public abstract class Person {",
                        "    private String phoneNumber;",
                        "}")
                .source("org/example/Teacher.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class Teacher extends Person { // expect PF006",
                        "    private int seniority;",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void retainedOrNonPersonalOrNotPersistedTypesAreSilent() {
        FixtureProject.in(folder).rule("PF006")
                .source("org/example/Attendance.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "import jakarta.persistence.Entity;",
                        "@Entity",
                        "@Retain(days = 90)",
                        "public class Attendance {",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    private String participantId;",
                        "}")
                .source("org/example/Session.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "@jakarta.persistence.Entity",
                        "public class Session {",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    @Retain(days = 30)",
                        "    private String clientIp;",
                        "    private String roomId;",
                        "}")
                .source("org/example/Course.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class Course {",
                        "    private String courseTitle;",
                        "    private String roomName;",
                        "}")
                .source("org/example/ParticipantView.java",
                        "package org.example;",
                        "public class ParticipantView {",
                        "    private String email;",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void invalidRetainCountsAsMissingAndSuppressionWorks() {
        FixtureProject.in(folder).rule("PF006")
                .source("org/example/Feedback.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "@jakarta.persistence.Entity",
                        "@Retain",
                        "public class Feedback { // expect PF006",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    private String authorId;",
                        "}")
                .source("org/example/Import.java",
                        "package org.example;",
                        "@SuppressWarnings(\"PF006\")",
                        "@jakarta.persistence.Entity",
                        "public class Import { // expect suppressed PF006",
                        "    private String email;",
                        "}")
                .assertMatchesMarkers();
    }
}
