package io.github.privacyflow.rules;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyMismatchRuleTest {

    @TempDir
    Path folder;

    @Test
    void undefinedNamesInAnnotationsFire() {
        FixtureProject.in(folder).rule("PF008")
                .source("org/example/RoomAnalytics.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "import io.github.privacyflow.annotations.Sensitive;",
                        "import io.github.privacyflow.annotations.Sink;",
                        "@Purpose({\"provide-feature\", \"analytics\"}) // expect PF008",
                        "public class RoomAnalytics {",
                        "    @PersonalData(category = \"user-interactions\") // expect PF008",
                        "    private String participantId;",
                        "    @Sensitive(kind = \"helth\") // expect PF008",
                        "    private String note;",
                        "    @Sink(processor = \"mixpanel\") // expect PF008",
                        "    void track(String event) { }",
                        "    void join(",
                        "            @PersonalData(category = \"user_interaction\") // expect PF008",
                        "            String nickname) { }",
                        "}")
                .source("org/example/billing/package-info.java",
                        "@Purpose(\"billing\") // expect PF008",
                        "package org.example.billing;",
                        "import io.github.privacyflow.annotations.Purpose;")
                .source("org/example/Clip.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "public record Clip(",
                        "        @PersonalData(category = \"generated-contents\") // expect PF008",
                        "        String storageKey) {",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void definedNamesAreSilent() {
        FixtureProject.in(folder).rule("PF008")
                .source("org/example/RoomService.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "import io.github.privacyflow.annotations.Sensitive;",
                        "import io.github.privacyflow.annotations.Sink;",
                        "@Purpose({\"provide-feature\", \"troubleshooting\"})",
                        "public class RoomService {",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    private String participantId;",
                        "    @Sensitive(kind = \"precise-location\")",
                        "    private String position;",
                        "    @Sink(processor = \"cloud-object-storage\")",
                        "    void upload(byte[] clip) { }",
                        "}")
                .source("org/example/Clip.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "public record Clip(@PersonalData(category = \"generated-content\") String storageKey) { }")
                .assertMatchesMarkers();
    }

    @Test
    void projectPolicyDefinesTheNames() {
        FixtureProject.in(folder).rule("PF008")
                .file("privacyflow-policy.yaml", String.join("\n",
                        "name: Analytics addendum",
                        "categories:",
                        "  usage:",
                        "    purposes: [analytics]",
                        "    processors: [mixpanel]",
                        "    retention: { max-days: 30 }",
                        "purposes:",
                        "  analytics: Product analytics",
                        "processors:",
                        "  mixpanel: { title: Mixpanel, sinks: [analytics] }",
                        "sources:",
                        "  - { field: \"org.example.Tracker#visitorId\", category: usage }",
                        "  - { field: \"org.example.Tracker#sessionId\", category: usages } # expect PF008",
                        ""))
                .source("org/example/Tracker.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "@Purpose(\"analytics\")",
                        "public class Tracker {",
                        "    @PersonalData(category = \"usage\")",
                        "    private String visitorId;",
                        "    @PersonalData(category = \"user-interaction\") // expect PF008",
                        "    private String sessionId;",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void suppressionOnTheElement() {
        FixtureProject.in(folder).rule("PF008")
                .source("org/example/Experimental.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "@SuppressWarnings(\"privacyflow\")",
                        "@Purpose(\"research\") // expect suppressed PF008",
                        "public class Experimental { }")
                .assertMatchesMarkers();
    }
}
