package io.github.privacyflow.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.catalog.Catalogs;
import io.github.privacyflow.catalog.NameDictionary;
import io.github.privacyflow.model.ClassFileReader;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.PathFilter;
import io.github.privacyflow.model.ProgramModel;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.Type;

/**
 * A name is evidence only when the type can be such data (issue 12): flags, counts, spans of
 * time, enums and non-birth dates named like people's data are settings, not people.
 */
class NameEvidenceTest {

    @TempDir
    static Path folder;

    private static ProgramModel program;
    private static DataClassifier classifier;

    @BeforeAll
    static void compile() {
        FixtureProject.in(folder)
                .source("org/example/ChatMode.java",
                        "package org.example;",
                        "public enum ChatMode { OPEN, CLOSED }")
                .source("org/example/Student.java",
                        "package org.example;",
                        "public class Student {",
                        "    private boolean showEmailAddress;",
                        "    private Boolean emailPublic;",
                        "    private int phoneCount;",
                        "    private java.time.Duration emailRetention;",
                        "    private ChatMode nickname;",
                        "    private java.util.Date lastName;",
                        "    private String email;",
                        "    private long userId;",
                        "    private int age;",
                        "    private java.time.LocalDate birthDate;",
                        "    private java.util.Date age2;",
                        "    private int fullName;",
                        "    private byte[] photo;",
                        "    private String[] phoneNumbers;",
                        "}")
                .compile();
        List<String> problems = new ArrayList<>();
        program = new ProgramModel(new ClassFileReader((file, line, problem) -> problems.add(problem), PathFilter.all())
                .readDirectory(folder.resolve("target/classes")));
        classifier = new DataClassifier(true, DataClassifier.INFERRED_CATEGORY, NameDictionary.personalData(),
                NameDictionary.sensitiveData(), Catalogs.bundled(),
                internalName -> program.find(internalName));
    }

    @Test
    void flagsCountsSpansAndEnumsAreNeverPersonalByName() {
        for (String name : List.of("showEmailAddress", "emailPublic", "phoneCount", "emailRetention", "nickname")) {
            assertFalse(personal(name), name);
        }
    }

    @Test
    void numbersAreIdsPhonesOrAgesAndDatesAreOnlyBirthDates() {
        assertTrue(personal("userId"));
        assertTrue(personal("age"));
        assertTrue(personal("birthDate"));
        assertFalse(personal("fullName"), "a number is no name");
        assertFalse(personal("lastName"), "a date is no name");
    }

    @Test
    void textContentAndArraysKeepTheirNameEvidence() {
        assertTrue(personal("email"));
        assertTrue(personal("photo"));
        assertTrue(personal("phoneNumbers"));
    }

    @Test
    void variablesAndLibraryGettersAreJudgedTheSameWay() {
        Type string = Type.getType(String.class);
        assertTrue(classifier.personalVariable("userOrEmail", string, "AccountService").isPresent());
        assertFalse(classifier.personalVariable("emailEnabled", Type.BOOLEAN_TYPE, "AccountService").isPresent());
        assertFalse(classifier.personalVariable("email", Type.BOOLEAN_TYPE, "AccountService").isPresent());
        assertFalse(classifier.personalVariable("mail", Type.getObjectType("org/apache/mailet/Mail"), "SenderHandler").isPresent(),
                "a whole message is not an address");
        assertTrue(classifier.personalVariable("username", Type.getObjectType("org/apache/james/core/Username"), null).isPresent());
        assertTrue(classifier.personalVariable("sender", Type.getObjectType("org/apache/james/core/MailAddress"), "Hook").isPresent());
        assertTrue(classifier.personalGetter("getRemoteUser", string, "HttpServletRequest").isPresent()
                || classifier.personalGetter("getRecipients", Type.getType(java.util.Collection.class), "Mail").isPresent());
        assertFalse(classifier.personalGetter("getName", string, "File").isPresent());
        assertFalse(classifier.personalGetter("isEmail", string, "Mail").isPresent());
        assertFalse(classifier.personalGetter("getEmailCount", Type.INT_TYPE, "Mail").isPresent());
    }

    private static boolean personal(String field) {
        ClassModel student = program.find("org/example/Student").orElseThrow();
        return classifier.personalField(student.field(field).orElseThrow()).isPresent();
    }
}
