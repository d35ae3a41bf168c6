package pairs.heap;

/** A badge on a video tile. Its fields are public, as in the legacy tile renderer it comes from. */
public class Badge {

    public String label;

    public String colour;
}
