package io.github.privacyflow.rules;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensitiveDataRuleTest {

    @TempDir
    Path folder;

    @Test
    void annotatedFieldRecordComponentParameterAndTypeFire() {
        FixtureProject.in(folder).rule("PF001")
                .source("org/example/Participant.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Sensitive;",
                        "public class Participant {",
                        "    @Sensitive(kind = \"health\")",
                        "    private String accessibilityNeeds; // expect PF001",
                        "    void enrol(@Sensitive(kind = \"minor\") boolean underFourteen) { } // expect PF001",
                        "}")
                .source("org/example/MedicalNote.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Sensitive;",
                        "@Sensitive(kind = \"health\")",
                        "public class MedicalNote { // expect PF001",
                        "    private String text;",
                        "    private String diagnosis;",
                        "}")
                .source("org/example/Verification.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Sensitive;",
                        "public record Verification(",
                        "        String roomId,",
                        "        @Sensitive(kind = \"biometric\") byte[] faceTemplate) { // expect PF001",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void sensitiveNamesFireInHeuristicMode() {
        FixtureProject.in(folder).rule("PF001")
                .source("org/example/StudentProfile.java",
                        "package org.example;",
                        "public class StudentProfile {",
                        "    private String religion; // expect PF001",
                        "    private String idCardNumber; // expect PF001",
                        "    private double gpsLatitude; // expect PF001",
                        "    public void setReligion(String religion) { this.religion = religion; }",
                        "    public void recordAllergy(String allergies) { } // expect PF001",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void typeNamedLikeTheDataIsLeftToTheFieldsOfItsImplementations() {
        // Broadleaf's shape: the interface only names the data; the entity implementing it keeps it.
        FixtureProject.in(folder).rule("PF001")
                .source("org/example/CreditCardPayment.java",
                        "package org.example;",
                        "public interface CreditCardPayment {",
                        "    String getPan();",
                        "}")
                .source("org/example/CardPaymentEntity.java",
                        "package org.example;",
                        "public class CardPaymentEntity implements CreditCardPayment {",
                        "    private String pan; // expect PF001",
                        "    private String cvvCode; // expect PF001",
                        "    public String getPan() { return pan; }",
                        "}")
                .source("org/example/DebitCardPayment.java",
                        "package org.example;",
                        "public abstract class DebitCardPayment {",
                        "    protected String pan; // expect PF001",
                        "    public abstract void setIban(String iban);",
                        "}")
                .source("org/example/CardPaymentRecord.java",
                        "package org.example;",
                        "public class CardPaymentRecord extends DebitCardPayment {",
                        "    private String iban; // expect PF001",
                        "    public void setIban(String iban) { this.iban = iban; }",
                        "}")
                .source("org/example/BankAccountDetails.java",
                        "package org.example;",
                        "public class BankAccountDetails { // expect PF001",
                        "    private String holder;",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void silentForOrdinaryDataConstantsAndCodeHolders() {
        FixtureProject.in(folder).rule("PF001")
                .source("org/example/RoomSettings.java",
                        "package org.example;",
                        "import java.util.regex.Pattern;",
                        "public class RoomSettings {",
                        "    private static final String RELIGION_FIELD = \"religion\";",
                        "    private static final Pattern ID_CARD_NUMBER_PATTERN = Pattern.compile(\"x\");",
                        "    private Pattern idCardNumberPattern;",
                        "    private String roomName;",
                        "    private String healthCheckPath;",
                        "    private int maxParticipants;",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void silentWhenHeuristicsAreOffOrDeclaredNotPersonal() {
        FixtureProject.in(folder).rule("PF001")
                .configure(builder -> builder.heuristics(false))
                .source("org/example/Survey.java",
                        "package org.example;",
                        "public class Survey {",
                        "    private String religion;",
                        "}")
                .source("org/example/Stats.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.NotPersonalData;",
                        "public class Stats {",
                        "    @NotPersonalData(reason = \"count of religious holidays in the school calendar\")",
                        "    private int religion;",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void silentWhenThePolicyAllowsSensitiveData() {
        FixtureProject.in(folder).rule("PF001")
                .file("privacyflow-policy.yaml", "sensitive-data: allowed\n")
                .source("org/example/Participant.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Sensitive;",
                        "public class Participant {",
                        "    @Sensitive(kind = \"health\")",
                        "    private String accessibilityNeeds;",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void suppressedOnTheElementOrItsClass() {
        FixtureProject.in(folder).rule("PF001")
                .source("org/example/Legacy.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Sensitive;",
                        "public class Legacy {",
                        "    @SuppressWarnings(\"PF001\")",
                        "    @Sensitive(kind = \"health\")",
                        "    private String diagnosisCode; // expect suppressed PF001",
                        "    @SuppressWarnings(\"privacyflow\")",
                        "    static class Import {",
                        "        private String religion; // expect suppressed PF001",
                        "    }",
                        "    @SuppressWarnings(\"PF002\")",
                        "    private String bloodType; // expect PF001",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void theMessageSaysHowToFixIt() {
        io.github.privacyflow.engine.AnalysisResult result = FixtureProject.in(folder).rule("PF001")
                .source("org/example/Learner.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.Sensitive;",
                        "public class Learner {",
                        "    @Sensitive(kind = \"health\")",
                        "    private String accessibilityNeeds; // expect PF001",
                        "    private String allergies; // expect PF001",
                        "}")
                .assertMatchesMarkers();
        String fix = "; the agreement is not intended for sensitive data and none may be processed; to fix it, stop holding"
                + " this data here (remove it, or keep only what is not special-category), or set sensitive-data: allowed"
                + " in the policy if your agreement permits it";
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(
                "field Learner.accessibilityNeeds holds special-category data of kind 'health' (declared with @Sensitive)" + fix,
                "field Learner.allergies holds special-category data of kind 'health' (inferred from the name, matching"
                        + " 'allergy')" + fix + ", or annotate it @NotPersonalData(reason = \"...\") if the name misleads"),
                result.findings().stream().map(f -> f.message()).toList());
    }
}
