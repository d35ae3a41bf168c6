package io.github.privacyflow.rules;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoErasurePathRuleTest {

    @TempDir
    Path folder;

    @Test
    void retainedTypesWithoutDeleteFire() {
        FixtureProject.in(folder).rule("PF010")
                .source("org/example/Recording.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "@jakarta.persistence.Entity",
                        "@Retain(untilDeleted = true)",
                        "public class Recording { // expect PF010",
                        "    private String storageKey;",
                        "}")
                .source("org/example/Attendance.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "public class Attendance { // expect PF010",
                        "    @Retain(days = 90)",
                        "    private String participantId;",
                        "}")
                .source("org/example/Whiteboard.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "@Retain(days = 30)",
                        "public class Whiteboard { // expect PF010",
                        "    private String strokes;",
                        "}")
                .source("org/example/Cleanup.java",
                        "package org.example;",
                        "import jakarta.persistence.EntityManager;",
                        "public class Cleanup {",
                        "    private static final String PURGE = \"DELETE FROM whiteboard_snapshot WHERE age > 30\";",
                        "    void purge(EntityManager em, Object anything) { em.remove(anything); }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void everyKindOfErasurePathSilencesIt() {
        FixtureProject.in(folder).rule("PF010")
                .source("org/example/Recording.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "@jakarta.persistence.Entity",
                        "@Retain(untilDeleted = true)",
                        "public class Recording { }")
                .source("org/example/RecordingPurge.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Erases;",
                        "public class RecordingPurge {",
                        "    @Erases(Recording.class)",
                        "    public void purge(long customerId) { }",
                        "}")
                .source("org/example/Attendance.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "@jakarta.persistence.Entity",
                        "@Retain(days = 90)",
                        "public class Attendance { }")
                .source("org/example/AttendanceDao.java",
                        "package org.example;",
                        "import jakarta.persistence.EntityManager;",
                        "public class AttendanceDao {",
                        "    private EntityManager em;",
                        "    void delete(long id) { em.remove(em.find(Attendance.class, id)); }",
                        "}")
                .source("org/example/ChatMessage.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "@jakarta.persistence.Entity",
                        "@jakarta.persistence.Table(name = \"chat_messages\")",
                        "@Retain(days = 30)",
                        "public class ChatMessage { }")
                .source("org/example/ChatPurgeJob.java",
                        "package org.example;",
                        "public class ChatPurgeJob {",
                        "    String purge(int days) { return \"delete from chat_messages where sent_at < now() - \" + days; }",
                        "}")
                .source("org/example/WhiteboardSnapshot.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "@javax.persistence.Entity",
                        "@Retain(days = 30)",
                        "public class WhiteboardSnapshot { }")
                .source("org/example/SnapshotStore.java",
                        "package org.example;",
                        "public class SnapshotStore {",
                        "    static final String PURGE = \"DELETE FROM whiteboard_snapshot WHERE age > 30\";",
                        "}")
                .source("org/example/Feedback.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "@Retain(days = 30)",
                        "public class Feedback { }")
                .source("org/example/FeedbackStore.java",
                        "package org.example;",
                        "public class FeedbackStore {",
                        "    void drop(javax.persistence.EntityManager em, Feedback feedback) { em.remove(feedback); }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void unretainedTypesAndSuppressionAreSilent() {
        FixtureProject.in(folder).rule("PF010")
                .source("org/example/Room.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class Room { private String roomName; }")
                .source("org/example/Legacy.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "@SuppressWarnings(\"PF010\")",
                        "@Retain(days = 30)",
                        "public class Legacy { } // expect suppressed PF010")
                .assertMatchesMarkers();
    }
}
