package pairs.statics;

/** The door signs of the demo rooms, filled once by the initialiser. */
public final class Signage {

    public static final String[] DOOR_SIGNS = new String[2];

    static {
        DOOR_SIGNS[0] = "Room 101";
        DOOR_SIGNS[1] = "Room 102";
    }

    private Signage() {
    }
}
