package pairs.statics;

import pairs.model.DemoClass;

/** The demo class's front row, filled once by the initialiser with the demo students' addresses. */
public final class Seating {

    public static final String[] FRONT_ROW = new String[2];

    static {
        FRONT_ROW[0] = DemoClass.FIRST.getEmail();
        FRONT_ROW[1] = DemoClass.SECOND.getEmail();
    }

    private Seating() {
    }
}
