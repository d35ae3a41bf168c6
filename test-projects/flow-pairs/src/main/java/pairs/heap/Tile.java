package pairs.heap;

/** A video tile; several tiles may show the same badge object. */
public class Tile {

    public Badge badge;
}
