package io.github.privacyflow.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The built-in kinds of sink: where personal data leaves the application through the libraries
 * the bundled sink catalogue knows. Sink kinds are open: a policy may name kinds of its own
 * ({@code sms-gateway}, {@code payments}) in {@code sinks:} and in a processor's {@code sinks:}
 * list, as long as the name is {@linkplain #isValidId(String) valid}; those kinds have no constant
 * here and travel as plain strings.
 */
public enum SinkKind {
    /** Logging frameworks, {@code System.out/err} and {@code printStackTrace}. */
    LOGGING("logging", "Logging and the console"),
    /** JDBC statements and Spring {@code JdbcTemplate}. */
    JDBC("jdbc", "JDBC database access"),
    /** JPA {@code EntityManager}, Hibernate {@code Session}, Spring Data repositories. */
    JPA("jpa", "JPA and Spring Data repositories"),
    /** Object stores: Tencent COS, AWS S3, MinIO. */
    OBJECT_STORAGE("object-storage", "Object storage (COS, S3, MinIO)"),
    /** Writes through {@code java.io} / {@code java.nio}. */
    FILE("file", "Files"),
    /** HTTP clients. */
    HTTP("http", "HTTP clients"),
    /** Message brokers: Kafka, JMS, RabbitMQ. */
    MESSAGING("messaging", "Message brokers (Kafka, JMS, RabbitMQ)"),
    /** Analytics and tracking SDKs. */
    ANALYTICS("analytics", "Analytics and tracking SDKs"),
    /** E-mail: JavaMail / Jakarta Mail, Spring Mail, Commons Email. */
    MAIL("mail", "E-mail (JavaMail, Jakarta Mail, Spring, Commons Email)"),
    /** LDAP directories: JNDI, Apache Directory LDAP API, Spring LDAP. */
    LDAP("ldap", "LDAP directories (JNDI, Apache Directory, Spring LDAP)"),
    /** SMS gateways: Twilio. */
    SMS("sms", "SMS gateways (Twilio)"),
    /** Mobile push notifications: Firebase Cloud Messaging, APNs. */
    PUSH("push", "Push notifications (Firebase, APNs)");

    /** What a sink kind's name may look like: lower-case words joined by '-', e.g. {@code sms-gateway}. */
    public static final Pattern VALID_ID = Pattern.compile("[a-z][a-z0-9-]*");

    private static final List<String> IDS =
            Arrays.stream(values()).map(SinkKind::id).collect(Collectors.toUnmodifiableList());

    private final String id;
    private final String title;

    SinkKind(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /**
     * Whether a name may be used as a sink kind, built-in or a policy's own.
     *
     * @param id a name such as {@code sms-gateway}; may be {@code null}
     * @return {@code true} when it matches {@code [a-z][a-z0-9-]*}
     */
    public static boolean isValidId(String id) {
        return id != null && VALID_ID.matcher(id).matches();
    }

    /**
     * Whether a name is one of the built-in kinds, which the bundled sink catalogue fills.
     *
     * @param id a name; may be {@code null}
     * @return {@code true} for {@code logging}, {@code jdbc}, ... {@code push}
     */
    public static boolean isBuiltIn(String id) {
        return fromId(id).isPresent();
    }

    /**
     * How reports name the kind, e.g. "Logging and the console".
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * The name users write in a policy file, e.g. {@code object-storage}.
     *
     * @return the sink kind's identifier
     */
    public String id() {
        return id;
    }

    /**
     * Looks a sink kind up by the name users write.
     *
     * @param id a name such as {@code logging}; may be {@code null}
     * @return the sink kind, or empty when {@code id} names none
     */
    public static Optional<SinkKind> fromId(String id) {
        for (SinkKind kind : values()) {
            if (kind.id.equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * Every sink kind's identifier, in declaration order.
     *
     * @return {@code [logging, jdbc, jpa, object-storage, file, http, messaging, analytics, mail, ldap,
     *     sms, push]}
     */
    public static List<String> ids() {
        return IDS;
    }

    /**
     * Whether the sink kind persists data (the kinds PF006 and PF009 look at). An LDAP directory
     * is one: its entries are people's records, kept until someone deletes them. A sent mail,
     * SMS or push notification is kept too, but by its recipient, outside the application's
     * stores; those kinds are transfers, like {@code http}.
     *
     * @return {@code true} for {@code jdbc}, {@code jpa}, {@code object-storage}, {@code file}
     *     and {@code ldap}
     */
    public boolean isStorage() {
        return this == JDBC || this == JPA || this == OBJECT_STORAGE || this == FILE || this == LDAP;
    }

    /**
     * Returns {@link #id()}.
     *
     * @return the identifier
     */
    @Override
    public String toString() {
        return id;
    }
}
