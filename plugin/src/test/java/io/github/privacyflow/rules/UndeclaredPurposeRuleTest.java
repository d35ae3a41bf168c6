package io.github.privacyflow.rules;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UndeclaredPurposeRuleTest {

    @TempDir
    Path folder;

    private FixtureProject withParticipant() {
        return FixtureProject.in(folder).rule("PF003")
                .source("org/example/Participant.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "public class Participant {",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    private String email;",
                        "    private String roomId;",
                        "    public String getEmail() { return email; }",
                        "    public String getRoomId() { return roomId; }",
                        "}");
    }

    @Test
    void sinksWithoutAnyPurposeFire() {
        withParticipant()
                .source("org/example/JoinService.java",
                        "package org.example;",
                        "import org.slf4j.Logger;",
                        "import org.slf4j.LoggerFactory;",
                        "public class JoinService {",
                        "    private static final Logger LOG = LoggerFactory.getLogger(JoinService.class);",
                        "    void join(Participant participant) {",
                        "        LOG.info(\"joined {}\", participant.getEmail()); // expect PF003",
                        "        String line = \"mail=\" + participant.getEmail();",
                        "        System.out.println(line); // expect repeat PF003",
                        "        audit(participant);",
                        "    }",
                        "    private void audit(Participant participant) {",
                        "        new IllegalStateException(\"no seat for \" + participant.getEmail()).printStackTrace(); // expect repeat PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aPurposeOnTheMethodClassPackageOrCallerSilencesIt() {
        withParticipant()
                .source("org/example/OnMethod.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "public class OnMethod {",
                        "    @Purpose(\"troubleshooting\")",
                        "    void log(Participant participant) { System.out.println(participant.getEmail()); }",
                        "}")
                .source("org/example/OnClass.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "@Purpose(\"provide-feature\")",
                        "public class OnClass {",
                        "    void log(Participant participant) { System.out.println(participant.getEmail()); }",
                        "}")
                .source("org/example/support/package-info.java",
                        "@Purpose(\"troubleshooting\")",
                        "package org.example.support;",
                        "import io.github.privacyflow.annotations.Purpose;")
                .source("org/example/support/OnPackage.java",
                        "package org.example.support;",
                        "public class OnPackage {",
                        "    public void log(String message) { System.out.println(message); }",
                        "}")
                .source("org/example/Caller.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "public class Caller {",
                        "    private final Helper helper = new Helper();",
                        "    @Purpose(\"provide-feature\")",
                        "    void run(Participant participant) { helper.print(participant.getEmail()); }",
                        "    static class Helper {",
                        "        void print(String value) { System.out.println(value); }",
                        "    }",
                        "    void viaPackage(Participant participant) { new org.example.support.OnPackage().log(participant.getEmail()); }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aCallerWithoutPurposeMakesASharedHelperFire() {
        withParticipant()
                .source("org/example/Reporter.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "public class Reporter {",
                        "    static void print(String value) {",
                        "        System.out.println(value); // expect PF003",
                        "    }",
                        "    @Purpose(\"provide-feature\")",
                        "    void declared(Participant participant) { print(participant.getEmail()); }",
                        "    void undeclared(Participant participant) { print(participant.getEmail()); }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void nonPersonalDataAndConstantsAreSilent() {
        withParticipant()
                .source("org/example/RoomLog.java",
                        "package org.example;",
                        "public class RoomLog {",
                        "    void log(Participant participant, int seats) {",
                        "        System.out.println(\"room \" + participant.getRoomId() + \" seats \" + seats);",
                        "        System.out.println(\"email length \" + participant.getEmail().length());",
                        "        String value = participant.getEmail();",
                        "        value = \"redacted\";",
                        "        System.out.println(value);",
                        "        System.out.println(\"constant only\");",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void anonymisedDataIsSilentAndSuppressionWorks() {
        withParticipant()
                .source("org/example/Hashing.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Anonymizer;",
                        "public class Hashing {",
                        "    @Anonymizer",
                        "    static String bucket(String email) { return Integer.toString(email.hashCode() % 16); }",
                        "    void log(Participant participant) {",
                        "        System.out.println(bucket(participant.getEmail()));",
                        "    }",
                        "    @SuppressWarnings(\"PF003\")",
                        "    void legacy(Participant participant) {",
                        "        System.out.println(participant.getEmail()); // expect suppressed PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
}
