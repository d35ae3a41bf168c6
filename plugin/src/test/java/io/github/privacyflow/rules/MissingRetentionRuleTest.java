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
    void aRowTiedToAPersonHoldsTheirData() {
        // A rating row keeps only its customer's key and a score: the key ties it to the person.
        FixtureProject.in(folder).rule("PF006")
                .source("org/example/Customer.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class Customer { // expect PF006",
                        "    private String emailAddress;",
                        "}")
                .source("org/example/Rating.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class Rating { // expect PF006",
                        "    @jakarta.persistence.ManyToOne",
                        "    private Customer customer;",
                        "    private int score;",
                        "}")
                .source("org/example/Room.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class Room {",
                        "    private String roomName;",
                        "}")
                .source("org/example/Booking.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class Booking {",
                        "    @jakarta.persistence.ManyToOne",
                        "    private Room room;",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void fieldsTheMappingLeavesOutAreNotKept() {
        // A card's CVV held for the payment request only: JPA's @Transient (or Spring Data's) or a
        // transient field is no column, so an entity whose only personal data is such is silent,
        // and a message lists only what the rows keep.
        FixtureProject.in(folder).rule("PF006")
                .source("org/example/CardCheck.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class CardCheck {",
                        "    @jakarta.persistence.Transient",
                        "    private String email;",
                        "    private transient String phoneNumber;",
                        "    private String outcome;",
                        "}")
                .source("org/example/LegacyCardCheck.java",
                        "package org.example;",
                        "@javax.persistence.Entity",
                        "public class LegacyCardCheck { // expect PF006",
                        "    @javax.persistence.Transient",
                        "    private String email;",
                        "    private String phoneNumber;",
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
