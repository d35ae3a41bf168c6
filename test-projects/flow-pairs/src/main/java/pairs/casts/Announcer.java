package pairs.casts;

import pairs.model.Student;

/** Announces who speaks next; each subclass decides how a student is named. */
public abstract class Announcer {

    public String announce(Student student) {
        return "Now speaking: " + name(student);
    }

    protected abstract String name(Student student);
}
