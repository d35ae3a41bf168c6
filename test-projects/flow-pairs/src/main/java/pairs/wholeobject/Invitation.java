package pairs.wholeobject;

/**
 * An invitation to a room, sent to one recipient.
 *
 * @param roomId the room
 * @param recipient where the invitation is sent
 */
public record Invitation(String roomId, String recipient) {
}
