package io.github.privacyflow.demo.logging;

/**
 * Keys of the mapped diagnostic context (MDC) that every log line of a request carries.
 * The values are identifiers of rooms and requests; the keys are only names.
 */
public final class LogFields {

    public static final String ROOM_ID = "roomId";
    public static final String REQUEST_ID = "requestId";
    public static final String USER_ID = "userId";
    public static final String EMAIL_DOMAIN = "emailDomain";

    private LogFields() {
    }
}
