package io.github.privacyflow.rules;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An identity store keeps a person's custom profile fields one row per value, in attribute
 * entities whose names name no person (Syncope's {@code UPlainAttr} and {@code UPlainAttrValue}):
 * their relations, not their names, say whose attribute a value is. The values of groups' or
 * devices' attributes, kept in subclasses of the same base, are not a person's.
 */
class PersonAttributeValuesTest {

    @TempDir
    Path folder;

    @Test
    void aValueOfAnAttributeOwnedByAPersonIsPersonal() throws Exception {
        withAttributeSchema(FixtureProject.in(folder).rule("PF002"), "", "// expect PF002").assertMatchesMarkers();
    }

    @Test
    void onlyTheSubclassesOwnedByAPersonHoldPersonalRows() throws Exception {
        withAttributeSchema(FixtureProject.in(folder).rule("PF006"), "// expect PF006", "").assertMatchesMarkers();
    }

    @Test
    void aValueOfAnAttributeOwnedByAThingIsNotPersonal() throws Exception {
        FixtureProject.in(folder).rule("PF002")
                .source("org/example/Team.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class Team {",
                        "    private String title;",
                        "}")
                .source("org/example/TeamPlainAttr.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class TeamPlainAttr {",
                        "    @jakarta.persistence.ManyToOne private Team owner;",
                        "}")
                .source("org/example/TeamPlainAttrValue.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class TeamPlainAttrValue {",
                        "    @jakarta.persistence.ManyToOne private TeamPlainAttr attribute;",
                        "    private String stringValue;",
                        "}")
                .assertMatchesMarkers();
    }

    /**
     * A user, the user's attributes and their values, a group's attribute values beside them,
     * all values extending one mapped superclass. {@code classMarker} goes on the user's value
     * entity's class line, {@code valueMarker} on the base's text value.
     */
    private static FixtureProject withAttributeSchema(FixtureProject project, String classMarker, String valueMarker) {
        return project
                .source("org/example/AbstractPlainAttrValue.java",
                        "package org.example;",
                        "@jakarta.persistence.MappedSuperclass",
                        "public abstract class AbstractPlainAttrValue {",
                        "    private String stringValue; " + valueMarker,
                        "    private Boolean booleanValue;",
                        "    private Long longValue;",
                        "}")
                .source("org/example/User.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class User { " + (classMarker.isEmpty() ? "" : classMarker),
                        "    private String email; " + (valueMarker.isEmpty() ? "" : "// expect PF002"),
                        "}")
                .source("org/example/UPlainAttr.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class UPlainAttr { " + classMarker,
                        "    @jakarta.persistence.ManyToOne private User owner; " + (valueMarker.isEmpty() ? "" : "// expect PF002"),
                        "}")
                .source("org/example/UPlainAttrValue.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class UPlainAttrValue extends AbstractPlainAttrValue { " + classMarker,
                        "    @jakarta.persistence.ManyToOne private UPlainAttr attribute;",
                        "}")
                .source("org/example/Team.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class Team {",
                        "    private String title;",
                        "}")
                .source("org/example/GPlainAttr.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class GPlainAttr {",
                        "    @jakarta.persistence.ManyToOne private Team owner;",
                        "}")
                .source("org/example/GPlainAttrValue.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class GPlainAttrValue extends AbstractPlainAttrValue {",
                        "    @jakarta.persistence.ManyToOne private GPlainAttr attribute;",
                        "}");
    }
}
