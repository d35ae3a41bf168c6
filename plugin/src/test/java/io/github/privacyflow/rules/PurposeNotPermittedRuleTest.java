package io.github.privacyflow.rules;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PurposeNotPermittedRuleTest {

    @TempDir
    Path folder;

    private FixtureProject withData() {
        return FixtureProject.in(folder).rule("PF004")
                .source("org/example/Participant.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "public class Participant {",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    public String email;",
                        "}")
                .source("org/example/Recording.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "@PersonalData(category = \"generated-content\")",
                        "public class Recording {",
                        "    public String storageKey;",
                        "}");
    }

    @Test
    void purposesTheCategoryDoesNotPermitFire() {
        withData()
                .source("org/example/Insights.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "public class Insights {",
                        "    @Purpose(\"analytics\")",
                        "    void track(Participant participant) {",
                        "        System.out.println(participant.email); // expect PF004",
                        "    }",
                        "    @Purpose(\"troubleshooting\")",
                        "    void debug(Recording recording) {",
                        "        System.out.println(recording.storageKey); // expect PF004",
                        "    }",
                        "    @Purpose({\"provide-feature\", \"troubleshooting\"})",
                        "    void both(Recording recording) {",
                        "        System.err.println(recording); // expect PF004",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void permittedPurposesAndUndeclaredOnesAreSilent() {
        withData()
                .source("org/example/Support.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "public class Support {",
                        "    @Purpose(\"troubleshooting\")",
                        "    void debug(Participant participant) { System.out.println(participant.email); }",
                        "    @Purpose(\"provide-feature\")",
                        "    void show(Recording recording) { System.out.println(recording.storageKey); }",
                        "    @Purpose(\"analytics\")",
                        "    void count(int participants) { System.out.println(participants); }",
                        "    void undeclared(Participant participant) { System.out.println(participant.email); }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void theCallersPurposeCountsForAHelper() {
        withData()
                .source("org/example/Tracking.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "public class Tracking {",
                        "    private void send(String value) {",
                        "        System.out.println(value); // expect PF004",
                        "    }",
                        "    @Purpose(\"marketing\")",
                        "    void campaign(Participant participant) { send(participant.email); }",
                        "}")
                .assertMatchesMarkers();
    }
}
