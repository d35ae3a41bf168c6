package io.github.privacyflow.rules;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingConsentGateRuleTest {

    @TempDir
    Path folder;

    private FixtureProject withStore() {
        return FixtureProject.in(folder).rule("PF009")
                .source("org/springframework/web/bind/annotation/PostMapping.java",
                        "package org.springframework.web.bind.annotation;",
                        "public @interface PostMapping { String[] value() default {}; }")
                .source("org/example/Participant.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "public class Participant {",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    public String email;",
                        "}")
                .source("org/example/Consent.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.ConsentGate;",
                        "public class Consent {",
                        "    @ConsentGate",
                        "    public void requireConsentAndAge(String userId) { }",
                        "    public void check(String userId) { requireConsentAndAge(userId); }",
                        "}")
                .source("org/example/ParticipantStore.java",
                        "package org.example;",
                        "public class ParticipantStore {",
                        "    private jakarta.persistence.EntityManager em;",
                        "    public void save(Participant participant) { em.persist(participant); }",
                        "}");
    }

    @Test
    void entryPointsStoringBeforeConsentFire() {
        withStore()
                .source("org/example/JoinController.java",
                        "package org.example;",
                        "import org.springframework.web.bind.annotation.PostMapping;",
                        "public class JoinController {",
                        "    private final ParticipantStore store = new ParticipantStore();",
                        "    private final Consent consent = new Consent();",
                        "    @PostMapping(\"/join\")",
                        "    public void join(Participant participant) { // expect PF009",
                        "        store.save(participant);",
                        "    }",
                        "    @PostMapping(\"/late\")",
                        "    public void consentAfterwards(Participant participant, String userId) { // expect PF009",
                        "        store.save(participant);",
                        "        consent.requireConsentAndAge(userId);",
                        "    }",
                        "    @PostMapping(\"/sometimes\")",
                        "    public void oneBranch(Participant participant, String userId, boolean adult) { // expect PF009",
                        "        if (adult) {",
                        "            consent.requireConsentAndAge(userId);",
                        "        }",
                        "        store.save(participant);",
                        "    }",
                        "}")
                .source("org/example/JoinServlet.java",
                        "package org.example;",
                        "import jakarta.servlet.http.HttpServlet;",
                        "import jakarta.servlet.http.HttpServletRequest;",
                        "import jakarta.servlet.http.HttpServletResponse;",
                        "public class JoinServlet extends HttpServlet {",
                        "    private final ParticipantStore store = new ParticipantStore();",
                        "    @Override",
                        "    protected void doPost(HttpServletRequest request, HttpServletResponse response) { // expect PF009",
                        "        Participant participant = new Participant();",
                        "        participant.email = request.getParameter(\"email\");",
                        "        store.save(participant);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void consentFirstOnEveryPathOrNoPersonalStoreIsSilent() {
        withStore()
                .source("org/example/JoinController.java",
                        "package org.example;",
                        "import org.springframework.web.bind.annotation.PostMapping;",
                        "public class JoinController {",
                        "    private final ParticipantStore store = new ParticipantStore();",
                        "    private final Consent consent = new Consent();",
                        "    private jakarta.persistence.EntityManager em;",
                        "    @PostMapping(\"/join\")",
                        "    public void join(Participant participant, String userId) {",
                        "        consent.requireConsentAndAge(userId);",
                        "        store.save(participant);",
                        "    }",
                        "    @PostMapping(\"/indirect\")",
                        "    public void indirect(Participant participant, String userId) {",
                        "        consent.check(userId);",
                        "        store.save(participant);",
                        "    }",
                        "    @PostMapping(\"/rooms\")",
                        "    public void createRoom(String title) {",
                        "        em.persist(title);",
                        "    }",
                        "    public void notAnEntryPoint(Participant participant) {",
                        "        store.save(participant);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void theMessageSaysHowToFixIt() {
        io.github.privacyflow.engine.AnalysisResult result = withStore()
                .source("org/example/JoinController.java",
                        "package org.example;",
                        "import org.springframework.web.bind.annotation.PostMapping;",
                        "public class JoinController {",
                        "    private final ParticipantStore store = new ParticipantStore();",
                        "    @PostMapping(\"/join\")",
                        "    public void join(Participant participant) { // expect PF009",
                        "        store.save(participant);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
        org.junit.jupiter.api.Assertions.assertTrue(result.findings().get(0).message().endsWith(
                "before any @ConsentGate call on some path; the agreement requires the end user's consent and minimum age"
                        + " first; to fix it, call a @ConsentGate method (one that checks the end user's consent and age)"
                        + " on every path from the entry point before the store"), result.findings().get(0).message());
    }

    @Test
    void aStoreThatOnlySomeOfManyImplementationsMakeIsNotTheRequestsStore() {
        withStore()
                .source("org/example/Step.java",
                        "package org.example;",
                        "public interface Step { void run(Participant participant); }")
                .source("org/example/SaveStep.java",
                        "package org.example;",
                        "public class SaveStep implements Step {",
                        "    private final ParticipantStore store = new ParticipantStore();",
                        "    public void run(Participant participant) { store.save(participant); }",
                        "}")
                .source("org/example/NotifyStep.java",
                        "package org.example;",
                        "public class NotifyStep implements Step { public void run(Participant participant) { } }")
                .source("org/example/AuditStep.java",
                        "package org.example;",
                        "public class AuditStep implements Step { public void run(Participant participant) { } }")
                .source("org/example/StepController.java",
                        "package org.example;",
                        "import org.springframework.web.bind.annotation.PostMapping;",
                        "public class StepController {",
                        "    private final ParticipantStore store = new ParticipantStore();",
                        "    private Step next;",
                        "    @PostMapping(\"/step\")",
                        "    public void step(Participant participant) {",
                        "        next.run(participant);",
                        "    }",
                        "    @PostMapping(\"/save\")",
                        "    public void save(Participant participant) { // expect PF009",
                        "        store.save(participant);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
}
