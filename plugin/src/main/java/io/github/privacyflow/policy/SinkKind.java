package io.github.privacyflow.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of sink a policy's processors and {@code sinks:} entries may name: where personal
 * data leaves the application. The built-in sink catalogue and the policy file share this list.
 */
public enum SinkKind {
    /** Logging frameworks, {@code System.out/err} and {@code printStackTrace}. */
    LOGGING("logging"),
    /** JDBC statements and Spring {@code JdbcTemplate}. */
    JDBC("jdbc"),
    /** JPA {@code EntityManager}, Hibernate {@code Session}, Spring Data repositories. */
    JPA("jpa"),
    /** Object stores: Tencent COS, AWS S3, MinIO. */
    OBJECT_STORAGE("object-storage"),
    /** Writes through {@code java.io} / {@code java.nio}. */
    FILE("file"),
    /** HTTP clients. */
    HTTP("http"),
    /** Message brokers: Kafka, JMS, RabbitMQ. */
    MESSAGING("messaging"),
    /** Analytics and tracking SDKs. */
    ANALYTICS("analytics");

    private static final List<String> IDS =
            Arrays.stream(values()).map(SinkKind::id).collect(Collectors.toUnmodifiableList());

    private final String id;

    SinkKind(String id) {
        this.id = id;
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
     * @return {@code [logging, jdbc, jpa, object-storage, file, http, messaging, analytics]}
     */
    public static List<String> ids() {
        return IDS;
    }

    /**
     * Whether the sink kind persists data (the kinds PF006 and PF009 look at).
     *
     * @return {@code true} for {@code jdbc}, {@code jpa}, {@code object-storage} and {@code file}
     */
    public boolean isStorage() {
        return this == JDBC || this == JPA || this == OBJECT_STORAGE || this == FILE;
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
