package io.github.privacyflow.rules;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UndeclaredProcessorRuleTest {

    @TempDir
    Path folder;

    private FixtureProject withData() {
        return FixtureProject.in(folder).rule("PF005")
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
                        "    public byte[] media;",
                        "}");
    }

    @Test
    void sinksOutsideTheCategorysProcessorsFire() throws Exception {
        withData()
                .source("org/example/Export.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "import io.github.privacyflow.annotations.Sink;",
                        "import java.net.URI;",
                        "import java.net.http.HttpClient;",
                        "import java.net.http.HttpRequest;",
                        "import java.net.http.HttpResponse;",
                        "import java.nio.file.Files;",
                        "import java.nio.file.Path;",
                        "@Purpose(\"provide-feature\")",
                        "public class Export {",
                        "    void toFile(Participant participant) throws Exception {",
                        "        Files.writeString(Path.of(\"export.csv\"), participant.email); // expect PF005",
                        "    }",
                        "    void toVendor(HttpClient client, Participant participant) throws Exception {",
                        "        HttpRequest request = HttpRequest.newBuilder(URI.create(\"https://vendor.example/hook\"))",
                        "                .POST(HttpRequest.BodyPublishers.ofString(participant.email)).build();",
                        "        client.send(request, HttpResponse.BodyHandlers.discarding()); // expect PF005",
                        "    }",
                        "    void recordingToLog(Recording recording) {",
                        "        System.out.println(recording.media.length + \" bytes of \" + recording); // expect PF005",
                        "    }",
                        "    @Sink(processor = \"cloud-log-service\")",
                        "    void ship(Object payload) { }",
                        "    void recordingShipped(Recording recording) {",
                        "        ship(recording); // expect PF005",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void listedProcessorsAreSilent() {
        withData()
                .source("org/example/Store.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "import io.github.privacyflow.annotations.Sink;",
                        "@Purpose(\"provide-feature\")",
                        "public class Store {",
                        "    private jakarta.persistence.EntityManager em;",
                        "    void log(Participant participant) { System.out.println(participant.email); }",
                        "    void save(Participant participant) { em.persist(participant); }",
                        "    @Sink(processor = \"cloud-object-storage\")",
                        "    void upload(byte[] media) { }",
                        "    void archive(Recording recording) { upload(recording.media); }",
                        "    void count(Recording recording) { System.out.println(\"size \" + recording.media.length); }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aProjectPolicyThatListsTheKindSilencesIt() {
        withData()
                .file("privacyflow-policy.yaml", String.join("\n",
                        "name: With an analytics vendor",
                        "categories:",
                        "  user-interaction:",
                        "    purposes: [provide-feature]",
                        "    processors: [vendor]",
                        "    retention: { max-days: 30 }",
                        "  generated-content:",
                        "    purposes: [provide-feature]",
                        "    processors: [vendor]",
                        "    retention: { until-deleted: true }",
                        "purposes:",
                        "  provide-feature: Provide the feature",
                        "processors:",
                        "  vendor: { title: Vendor, sinks: [file, logging] }",
                        ""))
                .source("org/example/Export.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "import java.nio.file.Files;",
                        "import java.nio.file.Path;",
                        "@Purpose(\"provide-feature\")",
                        "public class Export {",
                        "    void toFile(Participant participant) throws Exception {",
                        "        Files.writeString(Path.of(\"export.csv\"), participant.email);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
}
