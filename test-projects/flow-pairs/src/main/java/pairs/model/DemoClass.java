package pairs.model;

/** The sample class the classroom's onboarding tour shows: two students in one room. */
public final class DemoClass {

    public static final Student FIRST = new Student("ada.lovelace@school.example", "Ada L.", "room-101", 1);

    public static final Student SECOND = new Student("alan.turing@school.example", "Alan T.", "room-101", 2);

    private DemoClass() {
    }
}
