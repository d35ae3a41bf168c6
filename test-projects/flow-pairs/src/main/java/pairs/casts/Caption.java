package pairs.casts;

/** The caption under a tile. */
public interface Caption {

    String text();
}
