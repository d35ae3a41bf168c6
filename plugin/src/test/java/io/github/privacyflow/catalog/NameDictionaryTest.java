package io.github.privacyflow.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract other code relies on, and the matching rules by example. */
class NameDictionaryTest {

    private static final NameDictionary PERSONAL = NameDictionary.personalData();
    private static final NameDictionary SENSITIVE = NameDictionary.sensitiveData();

    private static final Set<String> KINDS = Set.of("health", "biometric", "genetic", "religion",
            "ethnicity", "political", "union", "sex-life", "criminal", "government-id",
            "financial-account", "precise-location", "minor");

    @Test
    void sizesAndFamilies() {
        System.out.println("personal-data: " + PERSONAL.termCount() + " terms, families " + PERSONAL.families());
        System.out.println("sensitive-data: " + SENSITIVE.termCount() + " terms, kinds " + SENSITIVE.families());
        assertTrue(PERSONAL.termCount() >= 150, "personal terms: " + PERSONAL.termCount());
        assertTrue(SENSITIVE.termCount() >= 80, "sensitive terms: " + SENSITIVE.termCount());
        assertEquals(KINDS, SENSITIVE.families());
        Pattern kebab = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
        for (String f : PERSONAL.families()) {
            assertTrue(kebab.matcher(f).matches(), f);
        }
        assertTrue(PERSONAL.families().containsAll(Set.of("identifier", "name", "account-name", "contact",
                "network-id", "location", "birth-date", "photo", "recording")), PERSONAL.families().toString());
    }

    @Test
    void instancesAreSharedAndImmutable() {
        assertSame(PERSONAL, NameDictionary.personalData());
        assertSame(SENSITIVE, NameDictionary.sensitiveData());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> PERSONAL.families().add("x"));
    }

    @ParameterizedTest(name = "{0} in {1} -> {2} [{3}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // issue 12: who sends and receives, what people write, how their devices show
        "sender              | JPAMail         | sender       | person-reference",
        "recipients          | -               | recipient    | person-reference",
        "remoteUser          | -               | remote user  | account-name",
        "nameOnCard          | CreditCardPaymentInfoImpl | name on card | name",
        "userAgent           | -               | user agent   | network-id",
        "messageBody         | JPAMail         | message body | correspondence",
        "m_name              | WikiPrincipal   | name         | name",
        "creator             | JaxbJob         | creator      | person-reference",
        // the term as written in the file, and its family
        "emailAddress        | -                      | email address  | contact",
        "email_address       | -                      | email address  | contact",
        "emailaddress        | -                      | email address  | contact",
        "studentEmailAddr    | -                      | email          | contact",
        "phoneNumbers        | Contact                | phone number   | contact",
        "ip_addr             | -                      | ip addr        | network-id",
        "userIPv4            | -                      | ipv4           | network-id",
        "deviceId            | -                      | device id      | network-id",
        "userId              | -                      | id             | identifier",
        "Userid              | WechatUserInfo         | id             | identifier",
        "studentNo           | -                      | no             | identifier",
        "openId              | -                      | open id        | identifier",
        "unionId             | -                      | union id       | identifier",
        "name                | Student                | name           | name",
        "name                | RoomMember             | name           | name",
        "name                | GuardianDto            | name           | name",
        "userName            | -                      | username       | account-name",
        "userName            | JoinRoomResponse       | username       | account-name",
        "birthDate           | -                      | birth date     | birth-date",
        "age                 | Student                | age            | birth-date",
        "avatarUrl           | Student                | avatar         | photo",
        "recordingUrl        | Lesson                 | recording      | recording",
        "parentName          | Student                | name           | name",
        "cardNumber          | Student                | card number    | identifier",
        "loginIp             | SysUser                | login ip       | network-id",   // not the login name
        "createdByUserName   | -                      | username       | account-name", // no lookup verb: the creator's name
        "password            | JPAUser                | password       | credentials",
        "userUid             | -                      | uid            | identifier",
        "m_author            | WikiPage               | author         | person-reference", // m_ is a prefix
        "m_members           | Group                  | member         | person-reference",
        "m_locker            | PageLock               | locker         | person-reference",
        "lastModifier        | AbstractAny            | last modifier  | person-reference",
        "unencodedPassword   | CustomerImpl           | password       | credentials",
        "passwordHistory     | JPAUser                | password history | credentials",
        "securityAnswer      | JPAUser                | security answer | credentials",
        "userPassword        | -                      | password       | credentials",
        "findUserEmail       | -                      | email          | contact",      // no "by": what is found
        "remoteAddress       | SMTPSession            | remote address | network-id",   // the peer of a session is the client
        "text                | EventCommentDto        | text           | correspondence", // what a person wrote
        "message             | PersonalMessageImpl    | message        | correspondence",
        "reviewText          | ReviewDetailImpl       | review text    | correspondence",
        "adminEmail          | Course                 | email          | contact",      // a record's administrator is a person
        "value               | UserAttributeEntity    | value          | profile-attribute", // a profile attribute's value
        "longValue           | FederatedUserAttributeEntity | value    | profile-attribute",
        "userAttributes      | UserVerifiableCredentialEntity | user attribute | profile-attribute",
        "contributors        | MediaPackageImpl       | contributor    | person-reference", // ~alone: whoever contributed
        "clientIp            | ConnectionHandler      | client ip      | network-id",
        "ipAddress           | LoginAttemptJpaImpl    | ip address     | network-id",
        "googleMfaAuthAccounts | JPAAuthProfile       | mfa            | credentials",  // an authenticator app's secret keys
        "webAuthnDeviceCredentials | JPAAuthProfile   | device credentials | credentials", // passkeys registered to the person
    })
    void personalMatches(String identifier, String type, String term, String family) {
        assertEquals(Optional.of(new NameMatch(term, family)), PERSONAL.match(identifier, type));
    }

    @ParameterizedTest(name = "{0} in {1} is not personal")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "m_name              | GroupPrincipal",         // a group's principal, not a person
        "m_name              | SystemPrincipal",
        "senderDomain        | -",                      // ~alone: only the whole name
        "mailSender          | -",
        "recipientCount      | -",
        "sender              | BaseSmtpService",        // a service's configured account
        "recipients          | LoadedOnceInitParameters",
        "id                  | Student",               // a bare id is never personal
        "roomName            | Student",               // stop: the room's name
        "className           | Student",
        "studentClassName    | -",                     // the student's class's name
        "name                | Room",                  // generic term, no person
        "name                | StudentGroup",          // the group's name
        "displayName         | Room",
        "serverIp            | -",                     // owned by a thing
        "serverIp            | SMTPSession",           // the session's own end, not its remote one
        "remoteHost          | -",                     // a client's host name names a machine
        "webAuthnPolicyRpEntityName | RealmEntity",    // a realm's settings for passkeys
        "mfaSecret           | MailServer",            // a thing's own second factor
        "remoteHost          | JPAMail",
        "text                | MessageTemplate",       // a template's text is the program's
        "adminEmail          | AdminUserAndGroupLoader", // the administrator a loader is configured with
        "value               | GroupAttributeEntity",  // a group's attribute, not a person's
        "longValueHash       | UserAttributeEntity",   // a hash kept for lookups repeats the value
        "value               | UserSettings",
        "adminPassword       | SmtpService",
        "body                | HttpRequest",           // not a writing
        "content             | ChatMessage",          // not a ~written term: the held-out set labels a chat message's content none
        "message             | -",
        "hostAddress         | SMTPSession",
        "localAddress        | -",
        "username            | DataSourceProperties",  // configuration, not a person
        "userName            | Room",                  // the room's account
        "email               | SmtpProperties",
        "emailTemplate       | -",                     // about the data, not the data
        "phoneType           | Contact",
        "phoneCodec          | -",                     // a program part, like an encoder
        "emailVerified       | -",
        "maxAge              | -",
        "ipVersion           | -",
        "serialVersionUID    | -",
        "USER_NAME           | SystemProperties",      // constants hold keys
        "EMAIL_ADDRESS       | -",
        "parentId            | SysMenu",               // a tree's parent
        "parentName          | SysDept",
        "recordingEnabled    | Lesson",
        "lastLoginTime       | User",
        "m_deleteUserByLoginName | JDBCUserDatabase",  // a query by the login, not the login
        "findByEmail         | User",
        "password            | BaseSmtpService",       // the service's own account
        "m_creator           | JDBCGroupDatabase",     // a column's name in a store's settings
        "adminPassword       | DomainProperties",      // a settings type's configured account
        "uid                 | CookieAuthenticationLoginModule", // a bare uid is random: a cookie's id
        "adminEmail          | MailSettings",
        "forgotPasswordEmailInfo | CustomerServiceImpl", // the recovery flow's mail, not a password
        "passwordResetUrl    | Customer",
        "password            | DataSourceProperties",
        "passwordEncoder     | User",                  // a program part
        "loginMechanism      | JpaUserReference",      // how the person signs in, not who
        "panelName           | Dashboard",
        "addressName         | CustomerAddressImpl",   // the label of a saved address
        "ipAddress           | HostRegistrationJpaImpl", // a cluster machine's address
        "''                  | Student",
        "'_$'                | -",
    })
    void personalNonMatches(String identifier, String type) {
        assertEquals(Optional.empty(), PERSONAL.match(identifier, type));
    }

    @ParameterizedTest(name = "{0} in {1} -> {2} [{3}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "faceprintHash       | -                      | faceprint          | biometric",
        "fingerprint         | Student                | fingerprint        | biometric",
        "diagnosisCode       | -                      | diagnosis          | health",
        "healthStatus        | Student                | health status      | health",
        "race                | Student                | race               | ethnicity",
        "nation              | Student                | nation             | ethnicity",
        "politicalStatus     | -                      | political status   | political",
        "isUnionMember       | -                      | union member       | union",
        "sexualOrientation   | -                      | sexual orientation | sex-life",
        "criminalRecord      | -                      | criminal record    | criminal",
        "idCardNo            | -                      | id card no         | government-id",
        "IDCard              | -                      | id card            | government-id",
        "bankCardNo          | -                      | bank card          | financial-account",
        "cardNumber          | PaymentInfo            | card number        | financial-account",
        "pan                 | CreditCardPaymentInfoImpl | pan             | financial-account",
        "accountNumber       | BankAccountPaymentImpl    | account number  | financial-account",
        "pin                 | GiftCardPaymentImpl    | pin                | financial-account",
        "latitude            | -                      | latitude           | precise-location",
        "isUnder14           | -                      | under 14           | minor",
        "dnaSample           | -                      | dna                | genetic",
        "religion            | -                      | religion           | religion",
    })
    void sensitiveMatches(String identifier, String type, String term, String kind) {
        assertEquals(Optional.of(new NameMatch(term, kind)), SENSITIVE.match(identifier, type));
    }

    @ParameterizedTest(name = "{0} in {1} is not sensitive")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "healthCheck         | -",
        "healthStatus        | -",
        "raceCondition       | -",
        "unionId             | -",
        "unionType           | -",
        "minorVersion        | -",
        "minor               | Version",
        "certFingerprint     | -",
        "deviceFingerprint   | User",
        "fingerprint         | Certificate",
        "latitude            | Classroom",
        "cardNumber          | Student",
        "pan                 | Camera",                // a camera's pan, not a card number
        "routingNumber       | BankAccountPaymentImpl",  // a bank's public routing code, not the holder's
        "pin                 | MeetingRoom",           // a room's dial-in PIN
        "spanId              | -",
        "panel               | -",
        "gpsEnabled          | -",
        "isDisabled          | Student",
        "nationality         | Student",
        "geneticAlgorithm    | -",
        "email               | Student",
    })
    void sensitiveNonMatches(String identifier, String type) {
        assertEquals(Optional.empty(), SENSITIVE.match(identifier, type));
    }

    @Test
    void aStoredThingsOwnPersonWordNamesItsPerson() {
        // James's JPASieveScript row keeps the login of the user whose mail filter it is; a
        // pool or a script in memory keeps its own account under the same name.
        assertEquals(Optional.of(new NameMatch("username", "account-name")), PERSONAL.match("username", "JPASieveScript", false, true));
        assertEquals(Optional.empty(), PERSONAL.match("username", "JPASieveScript", false, false));
        assertEquals(Optional.empty(), PERSONAL.match("username", "ConnectionPool", false, false));
        // Only the matched words' own person word counts: a stored thing's name stays the thing's.
        assertEquals(Optional.empty(), PERSONAL.match("name", "JPASieveScript", false, true));
        assertEquals(Optional.empty(), PERSONAL.match("serverUsername", "JPASieveScript", false, true));
    }

    @Test
    void aPersonsOAuthTokensAreCredentialsAndACardTokenIsFinancial() {
        // Spring Social's UserConnection keeps what lets the program act in the person's name.
        assertEquals(Optional.of(new NameMatch("access token", "credentials")), PERSONAL.match("accessToken", "UserConnectionImpl"));
        assertEquals(Optional.of(new NameMatch("refresh token", "credentials")), PERSONAL.match("refreshToken", "UserConnectionImpl"));
        // A realm's token settings and a bare token are not a person's.
        assertEquals(Optional.empty(), PERSONAL.match("accessTokenLifespan", "RealmEntity"));
        assertEquals(Optional.empty(), PERSONAL.match("accessToken", "HttpClientSettings"));
        assertEquals(Optional.empty(), PERSONAL.match("token", "UserEntity"));
        assertEquals(Optional.of(new NameMatch("payment token", "financial-account")), SENSITIVE.match("paymentToken", "CustomerPaymentImpl"));
    }

    @Test
    void aMethodMakingAWritingIsGivenWhatThePersonWrote() {
        // A blog API's newPost(blogid, username, password, content, publish): the content is the post.
        assertEquals(Optional.of(new NameMatch("content", "correspondence")), PERSONAL.writtenPart("content", "newPost"));
        assertEquals(Optional.of(new NameMatch("content", "correspondence")), PERSONAL.writtenPart("content", "editPost"));
        assertEquals(Optional.of(new NameMatch("text", "correspondence")), PERSONAL.writtenPart("text", "addComment"));
        // Sending or logging a message passes the program's text along; a page's content is no writing's.
        assertEquals(Optional.empty(), PERSONAL.writtenPart("content", "sendMessage"));
        assertEquals(Optional.empty(), PERSONAL.writtenPart("message", "logMessage"));
        assertEquals(Optional.empty(), PERSONAL.writtenPart("content", "savePage"));
        assertEquals(Optional.empty(), PERSONAL.writtenPart("content", "post"));
        assertEquals(Optional.empty(), PERSONAL.writtenPart("message", "addErrorMessage"));
        assertEquals(Optional.empty(), PERSONAL.writtenPart("message", "addMessage"));
        assertEquals(Optional.empty(), PERSONAL.writtenPart("message", "writeMessage"));
        assertEquals(Optional.empty(), PERSONAL.writtenPart("content", "newsPost"));
        assertEquals(Optional.of(new NameMatch("content", "correspondence")), PERSONAL.writtenPart("m_content", "newPost"));
        // Only the writing's parts: the method's name says nothing about whose the rest is.
        assertEquals(Optional.empty(), PERSONAL.writtenPart("blogid", "newPost"));
        assertEquals(Optional.empty(), PERSONAL.writtenPart("password", "newPost"));
        assertEquals(Optional.empty(), PERSONAL.writtenPart("contentType", "newPost"));
    }

    @Test
    void nullsAndOddInputNeverThrow() {
        assertEquals(Optional.empty(), PERSONAL.match(null, null));
        assertEquals(Optional.empty(), SENSITIVE.match("", "Student"));
        for (String s : new String[] {"\uD800", "a\u0000b", "x".repeat(5000), "email".repeat(200), "__", "9"}) {
            PERSONAL.match(s, s);
            SENSITIVE.match(s, null);
        }
    }

    @Test
    void safeUnderConcurrentUse() throws Exception {
        String[] names = {"emailAddress", "roomName", "userId", "name", "latitude", "healthCheck"};
        List<String> expected = results(names);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 32; t++) {
                Callable<List<String>> task = () -> results(names);
                futures.add(pool.submit(task));
            }
            for (Future<List<String>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> results(String[] names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(PERSONAL.match(n, "Student") + "/" + SENSITIVE.match(n, "Student"));
        }
        return out;
    }
}
