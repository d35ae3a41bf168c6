package pairs.heap;

/** A lesson's two tiles: the host's badge and the guest speaker's. */
public class Lesson {

    public Badge host;

    public Badge guest;
}
