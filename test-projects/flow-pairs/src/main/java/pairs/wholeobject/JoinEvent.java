package pairs.wholeobject;

/** One entry of the room's join feed: who joined, and where. */
public class JoinEvent {

    public String who;

    public String room;
}
