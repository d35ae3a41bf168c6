package io.github.privacyflow.demo.room;

/**
 * What the teacher switched on for a room.
 *
 * @param maxParticipants seats, the teacher included
 * @param recordingEnabled whether the class is recorded to cloud object storage
 * @param chatEnabled whether participants may chat
 * @param whiteboardEnabled whether participants may draw
 * @param displayColour the room's theme colour, as #rrggbb
 */
public record RoomSettings(
        int maxParticipants,
        boolean recordingEnabled,
        boolean chatEnabled,
        boolean whiteboardEnabled,
        String displayColour) {

    public static final RoomSettings DEFAULTS = new RoomSettings(50, false, true, true, "#2f6fde");

    public RoomSettings {
        if (maxParticipants < 2 || maxParticipants > 500) {
            throw new IllegalArgumentException("maxParticipants must be between 2 and 500");
        }
    }

    public RoomSettings withRecording(boolean enabled) {
        return new RoomSettings(maxParticipants, enabled, chatEnabled, whiteboardEnabled, displayColour);
    }
}
