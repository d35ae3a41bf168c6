package io.github.privacyflow.flowbehaviour;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JPA query's {@code executeUpdate()} stores what the query was bound with when the query
 * writes: an {@code INSERT} or an {@code UPDATE ... SET}, as text or as a program's named query.
 * A {@code DELETE} binds the keys of what it removes, and a query built at run time says nothing.
 */
class WritingQueriesTest {

    @TempDir
    Path folder;

    @Test
    void aQueryThatWritesStoresWhatItWasBoundWith() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/LoginFailure.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "@jakarta.persistence.NamedQueries({",
                        "    @jakarta.persistence.NamedQuery(name = \"insertLoginFailure\",",
                        "            query = \"insert into LoginFailure (realmId, userId) values (:realmId, :userId)\"),",
                        "    @jakarta.persistence.NamedQuery(name = \"deleteLoginFailure\",",
                        "            query = \"delete from LoginFailure f where f.userId = :userId\")",
                        "})",
                        "public class LoginFailure {",
                        "    @jakarta.persistence.Id private String key;",
                        "}")
                .source("org/example/LoginFailures.java",
                        "package org.example;",
                        "public class LoginFailures {",
                        "    private jakarta.persistence.EntityManager em;",
                        "    void add(String realmId, String userId) {",
                        "        em.createNamedQuery(\"insertLoginFailure\")",
                        "                .setParameter(\"realmId\", realmId)",
                        "                .setParameter(\"userId\", userId)",
                        "                .executeUpdate(); // expect PF003",
                        "    }",
                        "    void remove(String userId) {",
                        "        em.createNamedQuery(\"deleteLoginFailure\").setParameter(\"userId\", userId).executeUpdate();",
                        "    }",
                        "    void forward(String domain, String forwardEmail) {",
                        "        em.createQuery(\"UPDATE Mapping m SET m.target = :target WHERE m.domain = :domain\")",
                        "                .setParameter(\"target\", forwardEmail).setParameter(\"domain\", domain)",
                        "                .executeUpdate(); // expect PF003",
                        "    }",
                        "    void purge(String email) {",
                        "        em.createQuery(\"delete from Mapping m where m.email = :email\").setParameter(\"email\", email).executeUpdate();",
                        "    }",
                        "    void built(String table, String email) {",
                        "        em.createNativeQuery(\"INSERT INTO \" + table + \" VALUES (?)\").setParameter(1, email).executeUpdate();",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
}
