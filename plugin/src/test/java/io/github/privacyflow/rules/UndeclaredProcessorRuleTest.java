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

    private static final String SMS_POLICY = String.join("\n",
            "name: Classroom with SMS reminders",
            "categories:",
            "  user-interaction:",
            "    purposes: [provide-feature]",
            "    processors: [mysql, tencent-sms]",
            "    retention: { max-days: 180 }",
            "  generated-content:",
            "    purposes: [provide-feature]",
            "    processors: [mysql]",
            "    retention: { until-deleted: true }",
            "purposes:",
            "  provide-feature: Provide the feature",
            "processors:",
            "  mysql: { title: TencentDB for MySQL, sinks: [jdbc, jpa] }",
            "  tencent-sms: { title: Tencent Cloud SMS, sinks: [sms-gateway] }",
            "sinks:",
            "  - { kind: sms-gateway, method: \"org.example.SmsClient#send(*)\" }",
            "  - { kind: payments, method: \"org.example.PayClient#charge(*)\" }",
            "");

    @Test
    void aPolicysOwnSinkKindIsPermittedOnlyWhereAPermittedProcessorListsIt() throws Exception {
        io.github.privacyflow.engine.AnalysisResult result = withData()
                .file("privacyflow-policy.yaml", SMS_POLICY)
                .source("org/example/SmsClient.java",
                        "package org.example;",
                        "public class SmsClient {",
                        "    public void send(String to, Object text) { }",
                        "}")
                .source("org/example/PayClient.java",
                        "package org.example;",
                        "public class PayClient {",
                        "    public void charge(String who) { }",
                        "}")
                .source("org/example/Reminders.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "@Purpose(\"provide-feature\")",
                        "public class Reminders {",
                        "    private final SmsClient sms = new SmsClient();",
                        "    void remind(Participant participant) {",
                        "        sms.send(participant.email, \"class starts in 10 minutes\");",
                        "    }",
                        "    void sendRecording(Participant participant, Recording recording) {",
                        "        sms.send(\"+100\", recording); // expect PF005",
                        "    }",
                        "    void pay(Participant participant) {",
                        "        new PayClient().charge(participant.email); // expect PF005",
                        "    }",
                        "}")
                .assertMatchesMarkers();
        java.util.List<String> messages = result.findings().stream().map(f -> f.message()).toList();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(
                "personal data Participant.email of category 'user-interaction' reaches PayClient.charge (payments), a sink"
                        + " of kind 'payments' that no processor of the agreement receives, which the agreement does not"
                        + " list for user-interaction (listed: mysql, tencent-sms); to fix it, hand the data to a processor"
                        + " the agreement lists for user-interaction instead, or, if the agreement names the service behind"
                        + " this sink, add 'payments' to the sinks: of that processor and the processor to the processors:"
                        + " of user-interaction in the policy",
                "personal data Recording instance of category 'generated-content' reaches SmsClient.send (sms-gateway), handled by"
                        + " tencent-sms (Tencent Cloud SMS), which the agreement does not list for generated-content"
                        + " (listed: mysql); to fix it, hand the data to a processor the agreement lists for"
                        + " generated-content instead, or, if the agreement permits it, add tencent-sms to the processors:"
                        + " of generated-content in the policy"), messages.stream().sorted().toList());
    }
}
