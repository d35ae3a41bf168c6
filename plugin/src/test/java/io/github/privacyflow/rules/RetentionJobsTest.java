package io.github.privacyflow.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.datamap.DataMap;
import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retention the code enforces (issue 12): a cleanup that deletes an entity's rows by age is
 * that entity's retention, so PF006 stays silent for it; a delete by key, or none, is not.
 */
class RetentionJobsTest {

    @TempDir
    Path folder;

    private static String entity(String name, String table) {
        return String.join("\n",
                "package org.example;",
                "@jakarta.persistence.Entity",
                "@jakarta.persistence.Table(name = \"" + table + "\")",
                "public class " + name + " { // expect PF006",
                "    private String email;",
                "}");
    }

    @Test
    void aDeleteOfRowsOlderThanACutoffIsTheirRetention() throws Exception {
        AnalysisResult result = FixtureProject.in(folder).rule("PF006").configure(builder -> builder.dataMap(true))
                .source("org/example/ChatMessage.java", entity("ChatMessage", "chat_message").replace(" // expect PF006", ""))
                .source("org/example/Recording.java", entity("Recording", "recording").replace(" // expect PF006", ""))
                .source("org/example/Invitation.java", entity("Invitation", "invitation"))
                .source("org/example/Purge.java",
                        "package org.example;",
                        "public class Purge {",
                        "    void chat(java.sql.Connection connection, java.sql.Timestamp cutoff) throws Exception {",
                        "        try (java.sql.PreparedStatement delete = connection.prepareStatement(",
                        "                \"DELETE FROM chat_message WHERE sent_at < ?\")) {",
                        "            delete.setTimestamp(1, cutoff);",
                        "            delete.executeUpdate();",
                        "        }",
                        "    }",
                        "    void recordings(jakarta.persistence.EntityManager em, java.time.Instant cutoff) {",
                        "        em.createQuery(\"delete from Recording r where r.createdAt < :cutoff\").setParameter(\"cutoff\", cutoff).executeUpdate();",
                        "    }",
                        "    void invitation(java.sql.Connection connection, long id) throws Exception {",
                        "        // by key, not by age: no retention",
                        "        connection.createStatement().executeUpdate(\"DELETE FROM invitation WHERE id = \" + id);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
        // The data map shows the retention the cleanup keeps, and where.
        List<String> retentions = retentions(result);
        assertTrue(retentions.stream().anyMatch(line -> line.startsWith("ChatMessage: deleted by age in Purge.chat() at Purge.java:")),
                retentions.toString());
        assertTrue(retentions.stream().anyMatch(line -> line.startsWith("Recording: deleted by age in Purge.recordings()")),
                retentions.toString());
        assertTrue(retentions.stream().noneMatch(line -> line.startsWith("Invitation")), retentions.toString());
    }

    @Test
    void aNamedQueryOrAStatementNamingTheClassDeletesByAgeToo() {
        FixtureProject.in(folder).rule("PF006")
                .source("org/example/LoginFailure.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "@jakarta.persistence.NamedQueries({",
                        "    @jakarta.persistence.NamedQuery(name = \"byUser\", query = \"select f from LoginFailure f where f.email = :email\"),",
                        "    @jakarta.persistence.NamedQuery(name = \"expire\", query = \"delete from LoginFailure f where f.lastFailure < :expire\")",
                        "})",
                        "public class LoginFailure {",
                        "    private String email;",
                        "    private long lastFailure;",
                        "}")
                .source("org/example/AccessToken.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class AccessToken {",
                        "    private String owner;",
                        "    private String email;",
                        "}")
                .source("org/example/Subscriber.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "@jakarta.persistence.NamedQuery(name = \"byEmail\", query = \"delete from Subscriber s where s.email = :email\")",
                        "public class Subscriber { // expect PF006",
                        "    private String email;",
                        "}")
                .source("org/example/Tokens.java",
                        "package org.example;",
                        "public class Tokens {",
                        "    int deleteExpired(jakarta.persistence.EntityManager em) {",
                        "        return em.createQuery(\"DELETE FROM \" + AccessToken.class.getSimpleName() + \" e WHERE e.expirationTime < :now\")",
                        "                .setParameter(\"now\", java.time.OffsetDateTime.now()).executeUpdate();",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aPartWhoseOwnerIsDeletedByAgeGoesWithIt() throws Exception {
        // Keycloak's authentication sessions: a cleanup deletes expired root sessions, whose
        // removal cascades to their attendees. A part kept without cascade has no retention.
        AnalysisResult result = FixtureProject.in(folder).rule("PF006").configure(builder -> builder.dataMap(true))
                .source("org/example/Meeting.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "@jakarta.persistence.NamedQuery(name = \"expire\", query = \"delete from Meeting m where m.timestamp < :cutoff\")",
                        "public class Meeting {",
                        "    private long timestamp;",
                        "    @jakarta.persistence.OneToMany(mappedBy = \"root\", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)",
                        "    private java.util.Map<String, Attendee> attendees;",
                        "    @jakarta.persistence.OneToMany(mappedBy = \"root\")",
                        "    private java.util.List<Remark> remarks;",
                        "}")
                .source("org/example/Attendee.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class Attendee {",
                        "    @jakarta.persistence.ManyToOne private Meeting meeting;",
                        "    private String email;",
                        "}")
                .source("org/example/Remark.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class Remark { // expect PF006",
                        "    @jakarta.persistence.ManyToOne private Meeting meeting;",
                        "    private String email;",
                        "}")
                .assertMatchesMarkers();
        List<String> retentions = retentions(result);
        assertTrue(retentions.contains("Attendee: deleted by age in Meeting's named query expire, with its Meeting"),
                retentions.toString());
    }

    @Test
    void aDeleteThatExcludesARowByNotEqualIsNoAgeLimit() throws Exception {
        // Keycloak deletes a user's other values of an attribute with "attr.id <> :attrId".
        FixtureProject.in(folder).rule("PF006")
                .source("org/example/Preference.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "@jakarta.persistence.NamedQuery(name = \"others\", query = \"delete from Preference p where p.email = :email and p.id <> :id\")",
                        "public class Preference { // expect PF006",
                        "    @jakarta.persistence.Id private String id;",
                        "    private String email;",
                        "}")
                .assertMatchesMarkers();
    }

    /** The data map's retentions, as {@code Element: declared}. */
    private static List<String> retentions(AnalysisResult result) {
        List<String> retentions = new ArrayList<>();
        for (DataMap.Category category : result.dataMap().categories()) {
            for (DataMap.Retention retention : category.retentions()) {
                retentions.add(retention.element() + ": " + retention.declared());
            }
        }
        return retentions;
    }
}
