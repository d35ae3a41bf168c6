package io.github.privacyflow.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.catalog.Catalogs;
import io.github.privacyflow.catalog.NameDictionary;
import io.github.privacyflow.model.ClassFileReader;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.FieldModel;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.model.PathFilter;
import io.github.privacyflow.model.ProgramModel;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the classifier decides for each kind of declaration, on compiled classes: annotations
 * first (on the field, its getter, its type), then {@code @NotPersonalData} and generated code,
 * then names, which count only for types that can hold a person's data.
 */
class DataClassifierTest {

    private static final String PD = "io.github.privacyflow.annotations.PersonalData";
    private static final String NPD = "io.github.privacyflow.annotations.NotPersonalData";
    private static final String SENSITIVE = "io.github.privacyflow.annotations.Sensitive";

    @TempDir
    static Path folder;

    private static ProgramModel program;

    private DataClassifier heuristic;
    private DataClassifier annotationsOnly;

    @BeforeEach
    void classifiers() {
        heuristic = classifier(true);
        annotationsOnly = classifier(false);
    }

    @org.junit.jupiter.api.BeforeAll
    static void compile() {
        FixtureProject project = FixtureProject.in(folder)
                .source("lombok/Generated.java",
                        "package lombok;",
                        "public @interface Generated { }")
                .source("org/example/Member.java",
                        "package org.example;",
                        "public class Member {",
                        "    private String email;",
                        "    @" + PD + "(category = \"account\") private String handle;",
                        "    private String nickname;",
                        "    @" + PD + "(category = \"profile\") public String getNickname() { return nickname; }",
                        "    private String phoneNumber;",
                        "    @" + NPD + "(reason = \"a shared switchboard\") public String getPhoneNumber() { return phoneNumber; }",
                        "    @" + SENSITIVE + "(kind = \"health\") private String notes;",
                        "    private String diagnosis;",
                        "    private Runnable phone;",
                        "    private org.example.MailService mobile;",
                        "    private String mobileNumber;",
                        "    private String[] addresses;",
                        "    private static final String EMAIL = \"x\";",
                        "    private String fullName;",
                        "    public static String getFullName() { return null; }",
                        "    private String lastName;",
                        "    @" + PD + "(category = \"profile\") public String getLastName(int index) { return lastName; }",
                        "    private boolean active;",
                        "    @" + PD + "(category = \"profile\") public boolean isActive() { return active; }",
                        "    void greet(String email, Runnable callback, String religion) { }",
                        "}")
                .source("org/example/MailService.java",
                        "package org.example;",
                        "public class MailService { }")
                .source("org/example/Anonymous.java",
                        "package org.example;",
                        "public class Anonymous {",
                        "    Object health = new Object() { };",
                        "}")
                .source("org/example/Religion.java",
                        "package org.example;",
                        "public @interface Religion { }")
                .source("org/example/Ethnicity.java",
                        "package org.example;",
                        "public class Ethnicity { }")
                .source("org/example/Account.java",
                        "package org.example;",
                        "@" + PD + "(category = \"account\")",
                        "public class Account {",
                        "    private String login;",
                        "    @" + NPD + "(reason = \"a server setting\") private String region;",
                        "    static final int LIMIT = 3;",
                        "}")
                .source("org/example/Settings.java",
                        "package org.example;",
                        "@" + NPD + "(reason = \"configuration\")",
                        "public class Settings {",
                        "    private String email;",
                        "    static class Inner { private String email; }",
                        "}")
                .source("org/example/Builder.java",
                        "package org.example;",
                        "public class Builder {",
                        "    @lombok.Generated private String email;",
                        "    private String phone;",
                        "}")
                .source("org/example/GeneratedBuilder.java",
                        "package org.example;",
                        "@lombok.Generated",
                        "public class GeneratedBuilder {",
                        "    private String email;",
                        "    public static class Nested { private String email; }",
                        "}")
                .source("org/example/Patient.java",
                        "package org.example;",
                        "public record Patient(@" + PD + "(category = \"health-record\") String name, String email) { }")
                .source("org/example/Status.java",
                        "package org.example;",
                        "public enum Status { EMAIL, PHONE }")
                .compile();
        List<String> problems = new ArrayList<>();
        program = new ProgramModel(new ClassFileReader((file, line, problem) -> problems.add(problem), PathFilter.all())
                .readDirectory(folder.resolve("target/classes")));
        assertEquals(List.of(), problems);
    }

    @Test
    void anAnnotationOnTheFieldGivesItsCategory() {
        assertEquals(Optional.of(new PersonalClassification("account", Origin.ANNOTATION, "")),
                annotationsOnly.personalField(field("Member", "handle")));
    }

    @Test
    void anAnnotationOnTheGetterCountsForTheField() {
        assertEquals(Optional.of(new PersonalClassification("profile", Origin.ANNOTATION, "")),
                annotationsOnly.personalField(field("Member", "nickname")));
        assertEquals(Optional.of(new PersonalClassification("profile", Origin.ANNOTATION, "")),
                annotationsOnly.personalField(field("Member", "active")), "an is-getter is a getter");
    }

    @Test
    void aStaticMethodOrOneWithParametersIsNoGetter() {
        assertEquals(Optional.empty(), DataClassifier.getterOf(field("Member", "fullName")));
        assertEquals(Optional.empty(), DataClassifier.getterOf(field("Member", "lastName")));
        assertEquals(Optional.empty(), annotationsOnly.personalField(field("Member", "lastName")));
        assertEquals("getNickname", DataClassifier.getterOf(field("Member", "nickname")).map(MethodModel::name).orElseThrow());
    }

    @Test
    void aRecordComponentsAccessorIsItsGetter() {
        assertEquals("email", DataClassifier.getterOf(field("Patient", "email")).map(MethodModel::name).orElseThrow());
        assertEquals(Optional.of(new PersonalClassification("health-record", Origin.ANNOTATION, "")),
                annotationsOnly.personalField(field("Patient", "name")));
    }

    @Test
    void aSensitiveFieldIsPersonalDataOfTheInferredCategory() {
        assertEquals(Optional.of(new PersonalClassification(DataClassifier.INFERRED_CATEGORY, Origin.ANNOTATION, "")),
                annotationsOnly.personalField(field("Member", "notes")));
        assertEquals(Optional.of(new SensitiveClassification("health", Origin.ANNOTATION, "")),
                annotationsOnly.sensitive(field("Member", "notes")));
    }

    @Test
    void namesCountOnlyInHeuristicMode() {
        Optional<PersonalClassification> email = heuristic.personalField(field("Member", "email"));
        assertTrue(email.isPresent());
        assertEquals(Origin.NAME, email.get().origin());
        assertTrue(email.get().inferred());
        assertEquals(DataClassifier.INFERRED_CATEGORY, email.get().category());
        assertFalse(email.get().evidence().isEmpty());
        assertEquals(Optional.empty(), annotationsOnly.personalField(field("Member", "email")));
        assertTrue(heuristic.heuristics());
        assertFalse(annotationsOnly.heuristics());
    }

    @Test
    void aSensitiveNameIsPersonalTooAndSaysItsTerm() {
        Optional<PersonalClassification> diagnosis = heuristic.personalField(field("Member", "diagnosis"));
        assertEquals(Origin.NAME, diagnosis.orElseThrow().origin());
        assertEquals("diagnosis", diagnosis.get().evidence());
        Optional<SensitiveClassification> sensitive = heuristic.sensitive(field("Member", "diagnosis"));
        assertEquals(new SensitiveClassification("health", Origin.NAME, "diagnosis"), sensitive.orElseThrow());
        assertEquals(Optional.empty(), annotationsOnly.sensitive(field("Member", "diagnosis")));
    }

    @Test
    void aTypeThatHoldsCodeIsNotPersonalWhateverItsName() {
        assertTrue(heuristic.personalField(field("Member", "mobileNumber")).isPresent(), "the name alone is personal");
        assertEquals(Optional.empty(), heuristic.personalField(field("Member", "phone")), "a JDK type that is no value");
        assertEquals(Optional.empty(), heuristic.personalField(field("Member", "mobile")), "a module type named like a service");
        assertEquals(Optional.empty(), heuristic.unclassifiedPersonalName(field("Member", "phone")));
        assertTrue(heuristic.personalField(field("Member", "addresses")).isPresent(), "an array of strings holds data");
    }

    @Test
    void constantsAndEnumConstantsAreNotPersonal() {
        assertEquals(Optional.empty(), heuristic.personalField(field("Member", "EMAIL")));
        assertEquals(Optional.empty(), heuristic.personalField(field("Status", "EMAIL")));
        assertEquals(Optional.empty(), heuristic.personalField(field("Account", "LIMIT")),
                "a constant of a personal type is not an instance's data");
    }

    @Test
    void aPersonalTypeMakesItsFieldsPersonalUnlessDeclaredOtherwise() {
        assertEquals(Optional.of(new PersonalClassification("account", Origin.TYPE_ANNOTATION, "Account")),
                annotationsOnly.personalField(field("Account", "login")));
        assertEquals(Optional.empty(), annotationsOnly.personalField(field("Account", "region")));
        assertEquals(Optional.of(new PersonalClassification("account", Origin.ANNOTATION, "")),
                annotationsOnly.personalType(type("Account")));
        assertEquals(Optional.empty(), annotationsOnly.personalType(type("Member")));
    }

    @Test
    void notPersonalDataOnTheGetterOrAnEnclosingTypeSilencesTheName() {
        assertTrue(heuristic.declaredNotPersonal(field("Member", "phoneNumber")));
        assertEquals(Optional.empty(), heuristic.personalField(field("Member", "phoneNumber")));
        assertEquals(Optional.empty(), heuristic.unclassifiedPersonalName(field("Member", "phoneNumber")));
        assertTrue(heuristic.declaredNotPersonal(field("Settings", "email")));
        assertTrue(heuristic.declaredNotPersonal(field("Settings$Inner", "email")), "the outer class covers a nested one");
        assertEquals(Optional.empty(), heuristic.personalField(field("Settings$Inner", "email")));
        assertFalse(heuristic.declaredNotPersonal(field("Member", "email")));
        assertFalse(heuristic.declaredNotPersonal(type("Member")));
    }

    @Test
    void generatedCodeIsNotClassifiedButOnlyUpToItsClass() {
        assertTrue(heuristic.isGenerated(field("Builder", "email")));
        assertEquals(Optional.empty(), heuristic.personalField(field("Builder", "email")));
        assertEquals(Optional.empty(), heuristic.unclassifiedPersonalName(field("Builder", "email")));
        assertFalse(heuristic.isGenerated(field("Builder", "phone")));
        assertTrue(heuristic.personalField(field("Builder", "phone")).isPresent());
        assertTrue(heuristic.isGenerated(field("GeneratedBuilder", "email")));
        assertTrue(heuristic.isGenerated(type("GeneratedBuilder")));
        assertFalse(heuristic.isGenerated(field("GeneratedBuilder$Nested", "email")),
                "a class the generator did not mark is the user's, even inside a generated one");
        assertFalse(heuristic.isGenerated(type("Member")));
    }

    @Test
    void unclassifiedPersonalNamesAreWhatPf002Reports() {
        assertTrue(heuristic.unclassifiedPersonalName(field("Member", "email")).isPresent());
        assertEquals(Optional.empty(), heuristic.unclassifiedPersonalName(field("Member", "handle")));
        assertEquals(Optional.empty(), heuristic.unclassifiedPersonalName(field("Member", "nickname")),
                "classified through its getter");
        assertEquals(Optional.empty(), heuristic.unclassifiedPersonalName(field("Member", "notes")));
        assertEquals(Optional.empty(), heuristic.unclassifiedPersonalName(field("Member", "diagnosis")),
                "a sensitive name is PF001's, not PF002's");
        assertEquals(Optional.empty(), heuristic.unclassifiedPersonalName(field("Account", "login")));
        assertEquals(Optional.empty(), annotationsOnly.unclassifiedPersonalName(field("Member", "email")));
    }

    @Test
    void typesAreSensitiveByNameExceptAnonymousClassesAndAnnotations() {
        assertEquals("ethnicity", heuristic.sensitive(type("Ethnicity")).map(SensitiveClassification::kind).orElseThrow());
        assertEquals(Optional.empty(), heuristic.sensitive(type("Religion")), "an annotation type holds no data");
        ClassModel anonymous = type("Anonymous$1");
        assertTrue(anonymous.isAnonymous());
        assertEquals(Optional.empty(), heuristic.sensitive(anonymous));
        assertEquals(Optional.empty(), annotationsOnly.sensitive(type("Ethnicity")));
    }

    @Test
    void parametersAreSensitiveByNameWhenTheirTypeHoldsData() {
        MethodModel greet = type("Member").methods().stream().filter(method -> method.name().equals("greet")).findFirst().orElseThrow();
        assertEquals("religion", heuristic.sensitive(greet.parameters().get(2)).map(SensitiveClassification::kind).orElseThrow());
        assertEquals(Optional.empty(), heuristic.sensitive(greet.parameters().get(0)), "email is personal, not sensitive");
        assertEquals(Optional.empty(), heuristic.sensitive(greet.parameters().get(1)));
        assertEquals(Optional.empty(), heuristic.sensitive(greet), "a method is not classified");
    }

    @Test
    void answersAreStableAcrossRepeatedQuestions() {
        FieldModel email = field("Member", "email");
        assertEquals(heuristic.personalField(email), heuristic.personalField(email));
        assertEquals(heuristic.sensitive(field("Member", "diagnosis")), heuristic.sensitive(field("Member", "diagnosis")));
        // The same name asked of both dictionaries gets each dictionary's own answer.
        assertTrue(heuristic.unclassifiedPersonalName(email).isPresent());
        assertEquals(Optional.empty(), heuristic.sensitive(email));
        assertTrue(heuristic.unclassifiedPersonalName(email).isPresent());
    }

    private static DataClassifier classifier(boolean heuristics) {
        return new DataClassifier(heuristics, DataClassifier.INFERRED_CATEGORY, NameDictionary.personalData(),
                NameDictionary.sensitiveData(), Catalogs.bundled());
    }

    private static ClassModel type(String simpleName) {
        return program.find("org/example/" + simpleName).orElseThrow(() -> new AssertionError("no class " + simpleName));
    }

    private static FieldModel field(String type, String name) {
        return type(type).field(name).orElseThrow(() -> new AssertionError("no field " + type + "." + name));
    }
}
