package pairs.casts;

import pairs.model.Room;

/** Formats a room by title. */
public class RoomFormatter implements Formatter<Room> {

    @Override
    public String format(Room value) {
        return "room " + value.getTitle();
    }
}
