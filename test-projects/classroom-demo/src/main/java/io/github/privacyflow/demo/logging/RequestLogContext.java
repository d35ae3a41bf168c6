package io.github.privacyflow.demo.logging;

import java.util.UUID;
import org.slf4j.MDC;

/**
 * Puts the room and request identifiers into the SLF4J MDC for the duration of one request,
 * so that log lines from every layer can be correlated.
 *
 * <pre>{@code
 * try (RequestLogContext ignored = RequestLogContext.forRoom(roomId)) {
 *     roomService.open(roomId);
 * }
 * }</pre>
 */
public final class RequestLogContext implements AutoCloseable {

    private final String previousRoomId;

    private RequestLogContext(String roomId) {
        this.previousRoomId = MDC.get(LogFields.ROOM_ID);
        MDC.put(LogFields.ROOM_ID, roomId);
        MDC.put(LogFields.REQUEST_ID, UUID.randomUUID().toString());
    }

    public static RequestLogContext forRoom(String roomId) {
        return new RequestLogContext(roomId);
    }

    @Override
    public void close() {
        MDC.remove(LogFields.REQUEST_ID);
        if (previousRoomId == null) {
            MDC.remove(LogFields.ROOM_ID);
        } else {
            MDC.put(LogFields.ROOM_ID, previousRoomId);
        }
    }
}
