package io.github.privacyflow.flow;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowSmokeTest {

    @TempDir
    Path folder;

    @Test
    void fieldToLoggerThroughAHelper() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Participant.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "public class Participant {",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    private String email;",
                        "    private String roomId;",
                        "    public String getEmail() { return email; }",
                        "    public String getRoomId() { return roomId; }",
                        "}")
                .source("org/example/JoinService.java",
                        "package org.example;",
                        "import org.slf4j.Logger;",
                        "import org.slf4j.LoggerFactory;",
                        "public class JoinService {",
                        "    private static final Logger LOG = LoggerFactory.getLogger(JoinService.class);",
                        "    void join(Participant participant) {",
                        "        audit(\"joined \" + participant.getEmail());",
                        "        LOG.info(\"room {}\", participant.getRoomId());",
                        "    }",
                        "    private void audit(String message) {",
                        "        LOG.info(message); // expect PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
}
