package io.github.privacyflow.flowbehaviour;

import static io.github.privacyflow.testing.FixtureProject.PERSONAL;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calls that look like stores and are not (issue 12, found on Opencast). */
class StoreIdiomsTest {

    @TempDir
    Path folder;

    @Test
    void aMergeWhoseResultIsRemovedAtOnceStoresNothing() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Member.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class Member {",
                        "    @jakarta.persistence.Id public long id;",
                        PERSONAL,
                        "    public String email;",
                        "}")
                .source("org/example/Members.java",
                        "package org.example;",
                        "public class Members {",
                        "    void delete(jakarta.persistence.EntityManager em, Member member) {",
                        "        em.remove(em.merge(member));",
                        "    }",
                        "    void update(jakarta.persistence.EntityManager em, Member member) {",
                        "        Member attached = em.merge(member); // expect PF003",
                        "        em.remove(attached);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
}
