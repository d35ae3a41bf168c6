package pairs.model;

/** A live classroom: nothing in it is about a person. */
public class Room {

    private final String roomId;

    private final String title;

    private boolean recorded;

    private boolean open;

    public Room(String roomId, String title) {
        this.roomId = roomId;
        this.title = title;
    }

    public String getRoomId() {
        return roomId;
    }

    public String getTitle() {
        return title;
    }

    public boolean isRecorded() {
        return recorded;
    }

    public void setRecorded(boolean recorded) {
        this.recorded = recorded;
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }
}
