package pairs.statics;

import pairs.model.DemoClass;

/**
 * What the lobby screen of the demo class shows. Blank finals set by the initialiser, so neither is
 * a compile-time constant that javac would copy into the reader.
 */
public final class Lobby {

    public static final String GREETING;

    public static final String LAST_VISITOR;

    static {
        GREETING = "Welcome to " + DemoClass.FIRST.getRoomId();
        LAST_VISITOR = DemoClass.SECOND.getDisplayName();
    }

    private Lobby() {
    }
}
