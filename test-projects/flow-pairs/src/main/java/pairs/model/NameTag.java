package pairs.model;

/**
 * The label under a video tile and the room it belongs to. Not annotated: it holds personal data
 * only when a program puts some in, which is what the heap and collection pairs are about.
 */
public class NameTag {

    private String text;

    private String room;

    public NameTag() {
    }

    public NameTag(String text, String room) {
        this.text = text;
        this.room = room;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }
}
