package io.github.privacyflow.rules;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnclassifiedPersonalDataRuleTest {

    @TempDir
    Path folder;

    @Test
    void unclassifiedPersonalFieldsFire() {
        FixtureProject.in(folder).rule("PF002")
                .source("org/example/Participant.java",
                        "package org.example;",
                        "public class Participant {",
                        "    private String email; // expect PF002",
                        "    private String studentEmailAddr; // expect PF002",
                        "    private String ip_addr; // expect PF002",
                        "    private String name; // expect PF002",
                        "    private String roomId;",
                        "}")
                .source("org/example/DeviceInfo.java",
                        "package org.example;",
                        "public record DeviceInfo(",
                        "        String deviceId, // expect PF002",
                        "        String osVersion) {",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void theTextOfARecordWithRecipientsIsWhatWasWrittenToThem() {
        // Syncope's notification task keeps the mail rendered for a user: who it goes to, and its text.
        FixtureProject.in(folder).rule("PF002")
                .source("org/example/NotificationTask.java",
                        "package org.example;",
                        "public class NotificationTask {",
                        "    private String recipients; // expect PF002",
                        "    private String subject;",
                        "    private String textBody; // expect PF002",
                        "    private String htmlBody; // expect PF002",
                        "    private String errorMessage;",
                        "    private String messageName;",
                        "    private int traceLevel;",
                        "}")
                .source("org/example/ReportTask.java",
                        "package org.example;",
                        "public class ReportTask {",
                        "    private String textBody;",
                        "    private String format;",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aRecordProjectingAMappedTypesColumnsLeavesThemToIt() {
        // Keycloak reads a session's id and its user's id into a record: the same USER_ID column.
        FixtureProject.in(folder).rule("PF002")
                .source("org/example/UserSessionEntity.java",
                        "package org.example;",
                        "@javax.persistence.Entity",
                        "public class UserSessionEntity {",
                        "    private String sessionId;",
                        "    private String userId; // expect PF002",
                        "}")
                .source("org/example/SessionAndUser.java",
                        "package org.example;",
                        "record SessionAndUser(String sessionId, String userId) {",
                        "}")
                .source("org/example/LoginView.java",
                        "package org.example;",
                        "record LoginView(",
                        "        String userId, // expect PF002",
                        "        String nickname) { // expect PF002",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aFieldIsReadByTheNameOfTheParameterItIsSetFrom() {
        // JSPWiki's spam filter keeps each recent editor's IP in a Host: m_address = ipaddress.
        FixtureProject.in(folder).rule("PF002")
                .source("org/example/SpamFilter.java",
                        "package org.example;",
                        "public class SpamFilter {",
                        "    class Host {",
                        "        private final String m_address; // expect PF002",
                        "        private final String m_change;",
                        "        private String m_label;",
                        "        Host(String ipaddress, String change) {",
                        "            m_address = ipaddress;",
                        "            m_change = change;",
                        "        }",
                        "        void setLabel(String pageName) { m_label = pageName; }",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aProjectionMayNameOneOfManyColumnsOtherwise() {
        // Keycloak's ImmutablePersistentUserSessionEntity reads the session row, createdOn as createOn.
        FixtureProject.in(folder).rule("PF002")
                .source("org/example/UserSessionEntity.java",
                        "package org.example;",
                        "@javax.persistence.Entity",
                        "public class UserSessionEntity {",
                        "    private String sessionId;",
                        "    private String realmId;",
                        "    private String userId; // expect PF002",
                        "    private int createdOn;",
                        "}")
                .source("org/example/ImmutableUserSession.java",
                        "package org.example;",
                        "record ImmutableUserSession(String sessionId, String realmId, String userId, int createOn) {",
                        "}")
                // Two of three shared says less: the record may read another row that also has a user.
                .source("org/example/LoginAudit.java",
                        "package org.example;",
                        "record LoginAudit(String sessionId, String userId, // expect PF002",
                        "        String loginEmail) { // expect PF002",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void theCityOfAPostalAddressIsPartOfIt() {
        // Broadleaf's AddressImpl: the street lines and postal code are someone's address, and so is
        // its city; a shop's city, or a city with no address beside it, names no one.
        FixtureProject.in(folder).rule("PF002")
                .source("org/example/AddressImpl.java",
                        "package org.example;",
                        "public class AddressImpl {",
                        "    private String addressLine1; // expect PF002",
                        "    private String city; // expect PF002",
                        "    private String postalCode; // expect PF002",
                        "    private String country;",
                        "}")
                .source("org/example/StoreImpl.java",
                        "package org.example;",
                        "public class StoreImpl {",
                        "    private String storeName;",
                        "    private String address1;",
                        "    private String city;",
                        "    private String zip;",
                        "}")
                .source("org/example/WeatherReport.java",
                        "package org.example;",
                        "public class WeatherReport {",
                        "    private String city;",
                        "    private double temperature;",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aStaticHolderOfAChangingValueIsAVariableNotAConstant() {
        // Opencast keeps the signed-in user's IP address in a static final ThreadLocal.
        FixtureProject.in(folder).rule("PF002")
                .source("org/example/SecurityContext.java",
                        "package org.example;",
                        "public class SecurityContext {",
                        "    private static final ThreadLocal<String> delegatedUserIpHolder = new ThreadLocal<>(); // expect PF002",
                        "    private static final java.util.concurrent.atomic.AtomicReference<String> lastLoginEmail = new java.util.concurrent.atomic.AtomicReference<>(); // expect PF002",
                        "    private static final String SUPPORT_EMAIL = \"help@example.org\";",
                        "    private static final ThreadLocal<Boolean> emailVerified = new ThreadLocal<>();",
                        "    static void enter(String ip) { delegatedUserIpHolder.set(ip); }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aReferenceToTheProgramsOwnTypeIsReportedWhereTheDataIs() {
        FixtureProject.in(folder).rule("PF002")
                .source("org/example/Phone.java",
                        "package org.example;",
                        "public class Phone {",
                        "    private String phoneNumber; // expect PF002",
                        "}")
                .source("org/example/Address.java",
                        "package org.example;",
                        "public class Address {",
                        "    private String addressLine1; // expect PF002",
                        "    private Phone phonePrimary;",
                        "    private Phone[] phoneNumbers;",
                        "}")
                .source("org/example/Customer.java",
                        "package org.example;",
                        "public class Customer {",
                        "    private String emailAddress; // expect PF002",
                        "    private java.util.List<Phone> customerPhones;",
                        "    private java.util.Map<String, Address> customerAddresses;",
                        "    private java.util.List<String> phones; // expect PF002",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aMappedTypesReferenceToAPersonsRowIsThatPersonsKey() {
        // An order's customer column ties the row to a person: reported there. A reference to a
        // topic or to an account policy (headed by a policy, not a person), a request's reference
        // to a customer and an order's reference to a phone record are not (the phone's number is
        // reported in Phone).
        FixtureProject.in(folder).rule("PF002")
                .source("org/example/Customer.java",
                        "package org.example;",
                        "public interface Customer { String getEmailAddress(); }")
                .source("org/example/CustomerImpl.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class CustomerImpl implements Customer {",
                        "    private String emailAddress; // expect PF002",
                        "    public String getEmailAddress() { return emailAddress; }",
                        "}")
                .source("org/example/Phone.java",
                        "package org.example;",
                        "public class Phone {",
                        "    private String phoneNumber; // expect PF002",
                        "}")
                .source("org/example/Topic.java",
                        "package org.example;",
                        "public class Topic {",
                        "    private String title;",
                        "}")
                .source("org/example/OrderImpl.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class OrderImpl {",
                        "    @jakarta.persistence.ManyToOne",
                        "    private Customer customer; // expect PF002",
                        "    private Phone phone;",
                        "    private Topic owner;",
                        "    @jakarta.persistence.ManyToOne",
                        "    private AccountPolicy accountPolicy;",
                        "    @jakarta.persistence.ManyToOne",
                        "    private CustomerImpl accountOwner; // expect PF002",
                        "    @jakarta.persistence.ManyToOne",
                        "    private Topic parent;",
                        "}")
                .source("org/example/AccountPolicy.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class AccountPolicy {",
                        "    private int maxAttempts;",
                        "}")
                .source("org/example/OrderRequest.java",
                        "package org.example;",
                        "public class OrderRequest {",
                        "    private Customer customer;",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void anIdClassRepeatsTheEntitysOwnIdFields() {
        FixtureProject.in(folder).rule("PF002")
                .source("org/example/LoginFailure.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "@jakarta.persistence.IdClass(MemberKey.class)",
                        "public class LoginFailure {",
                        "    @jakarta.persistence.Id private String realmId;",
                        "    @jakarta.persistence.Id private String userId; // expect PF002",
                        "    private String email; // expect PF002",
                        "}")
                .source("org/example/MemberKey.java",
                        "package org.example;",
                        "public class MemberKey implements java.io.Serializable {",
                        "    private String realmId;",
                        "    private String userId;",
                        "}")
                .source("org/example/VisitKey.java",
                        "package org.example;",
                        "public class VisitKey implements java.io.Serializable {",
                        "    private String userId; // expect PF002",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void classifiedFieldsAreSilent() {
        FixtureProject.in(folder).rule("PF002")
                .source("org/example/Participant.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.NotPersonalData;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "public class Participant {",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    private String email;",
                        "    @NotPersonalData(reason = \"the support desk's shared address\")",
                        "    private String supportEmail;",
                        "    private String phone;",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    public String getPhone() { return phone; }",
                        "}")
                .source("org/example/Attendee.java",
                        "package org.example;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "@PersonalData(category = \"user-interaction\")",
                        "public class Attendee {",
                        "    private String nickname;",
                        "    private String ipAddress;",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void lookAlikesAndCodeHoldersAreSilent() {
        FixtureProject.in(folder).rule("PF002")
                .source("org/example/Room.java",
                        "package org.example;",
                        "public class Room {",
                        "    private static final String EMAIL_PATTERN = \"^.+@.+$\";",
                        "    private String roomName;",
                        "    private String fileName;",
                        "    private String hostName;",
                        "    private String courseTitle;",
                        "    private String displayColour;",
                        "    private String name;",
                        "    private EmailService emailService;",
                        "    interface EmailService { }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void sensitiveNamesAreLeftToPf001AndHeuristicsCanBeTurnedOff() {
        FixtureProject.in(folder).rule("PF002")
                .source("org/example/Profile.java",
                        "package org.example;",
                        "public class Profile {",
                        "    private String passportNumber;",
                        "    private String religion;",
                        "}")
                .assertMatchesMarkers();
        FixtureProject.in(folder.resolve("off")).rule("PF002")
                .configure(builder -> builder.heuristics(false))
                .source("org/example/Participant.java",
                        "package org.example;",
                        "public class Participant {",
                        "    private String email;",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void suppressionOnFieldOrEnclosingClass() {
        FixtureProject.in(folder).rule("PF002")
                .source("org/example/Participant.java",
                        "package org.example;",
                        "public class Participant {",
                        "    @SuppressWarnings(\"PF002\")",
                        "    private String email; // expect suppressed PF002",
                        "    @SuppressWarnings(\"privacyflow\")",
                        "    static class Import {",
                        "        private String phoneNumber; // expect suppressed PF002",
                        "    }",
                        "    @SuppressWarnings({\"unused\", \"PF001\"})",
                        "    private String mobile; // expect PF002",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aStoredThingsUsernameIsItsOwnersLogin() {
        // James's Sieve script rows keep the login of the user whose mail filter they are; a
        // script in memory keeps the account it runs as.
        FixtureProject.in(folder).rule("PF002")
                .source("org/example/SieveScript.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class SieveScript {",
                        "    @jakarta.persistence.Id private String uuid;",
                        "    private String username; // expect PF002",
                        "    private String scriptName;",
                        "}")
                .source("org/example/RunnableScript.java",
                        "package org.example;",
                        "public class RunnableScript {",
                        "    private String username;",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aBuildersCopyOfTheBuiltTypesFieldIsReportedOnTheBuiltType() {
        // JPASieveScript.Builder.username is copied into JPASieveScript.username, the column.
        FixtureProject.in(folder).rule("PF002")
                .source("org/example/Script.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class Script {",
                        "    public static class Builder {",
                        "        private String username;",
                        "        private String ownerEmail; // expect PF002",
                        "    }",
                        "    @jakarta.persistence.Id private String uuid;",
                        "    private String username; // expect PF002",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void whoRanATaskIsItsExecutorWhileAThreadPoolIsNot() {
        // Syncope's task and report executions keep the login of whoever ran them.
        FixtureProject.in(folder).rule("PF002")
                .source("org/example/TaskExec.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class TaskExec {",
                        "    @jakarta.persistence.Id private String id;",
                        "    private String executor; // expect PF002",
                        "}")
                .source("org/example/Scheduler.java",
                        "package org.example;",
                        "public class Scheduler {",
                        "    private java.util.concurrent.ExecutorService executor;",
                        "    private java.util.concurrent.Executor executorService;",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void aStoredRecordsRelationToAnotherModulesContactRowIsThatContact() {
        // Broadleaf's order module keeps a shipment's Address and Phone, declared by its profile module.
        FixtureProject profile = FixtureProject.in(folder.resolve("profile"))
                .source("org/example/profile/Address.java", "package org.example.profile;", "public interface Address {}")
                .source("org/example/profile/Phone.java", "package org.example.profile;", "public interface Phone {}")
                .source("org/example/profile/Warehouse.java", "package org.example.profile;", "public interface Warehouse {}")
                .compile();
        FixtureProject.in(folder.resolve("order")).rule("PF002")
                .compileAgainst(profile.root().resolve("target/classes"))
                .source("org/example/order/FulfillmentGroup.java",
                        "package org.example.order;",
                        "@jakarta.persistence.Entity",
                        "public class FulfillmentGroup {",
                        "    @jakarta.persistence.Id private Long id;",
                        "    @jakarta.persistence.ManyToOne private org.example.profile.Address address; // expect PF002",
                        "    @jakarta.persistence.ManyToOne private org.example.profile.Phone phone; // expect PF002",
                        "    @jakarta.persistence.ManyToOne private org.example.profile.Warehouse origin;",
                        "}")
                .source("org/example/order/LocationResolver.java",
                        "package org.example.order;",
                        "public class LocationResolver {",
                        "    private org.example.profile.Address address;",
                        "}")
                .assertMatchesMarkers();
    }
    @Test
    void aStoredTextColumnALibrarysPersonalValueIsWrittenIntoHoldsIt() {
        // James's JPAMail.perRecipientHeaders: JSON keyed by the recipients' addresses, under a name that says none.
        FixtureProject.in(folder).rule("PF002")
                .source("org/example/Visit.java",
                        "package org.example;",
                        "@jakarta.persistence.Entity",
                        "public class Visit {",
                        "    @jakarta.persistence.Id private Long id;",
                        "    private String origin; // expect PF002",
                        "    private String roomTitle;",
                        "    @io.github.privacyflow.annotations.NotPersonalData(reason = \"hashed with a daily salt\")",
                        "    private String bucket;",
                        "    @jakarta.persistence.Transient private String shownOrigin;",
                        "    public void setOrigin(String origin) { this.origin = origin; this.shownOrigin = origin; }",
                        "    public void setRoomTitle(String roomTitle) { this.roomTitle = roomTitle; }",
                        "    public void setBucket(String bucket) { this.bucket = bucket; }",
                        "}")
                .source("org/example/VisitNote.java",
                        "package org.example;",
                        "public class VisitNote {",
                        "    private String origin;",
                        "    public void setOrigin(String origin) { this.origin = origin; }",
                        "}")
                .source("org/example/Visits.java",
                        "package org.example;",
                        "public class Visits {",
                        "    private jakarta.persistence.EntityManager em;",
                        "    void record(jakarta.servlet.http.HttpServletRequest request) {",
                        "        Visit visit = new Visit();",
                        "        visit.setOrigin(\"[\" + request.getRemoteAddr() + \"]\");",
                        "        visit.setRoomTitle(request.getServletPath());",
                        "        visit.setBucket(request.getRemoteAddr());",
                        "        em.persist(visit);",
                        // Not a mapped type: no column holds it, and a flow rule reports where it goes.
                        "        VisitNote note = new VisitNote();",
                        "        note.setOrigin(request.getRemoteAddr());",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
}
