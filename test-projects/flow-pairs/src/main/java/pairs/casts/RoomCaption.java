package pairs.casts;

import pairs.model.Room;

/** Captions the room's own tile with the room's title. */
public class RoomCaption implements Caption {

    private final Room room;

    public RoomCaption(Room room) {
        this.room = room;
    }

    @Override
    public String text() {
        return room.getTitle();
    }
}
