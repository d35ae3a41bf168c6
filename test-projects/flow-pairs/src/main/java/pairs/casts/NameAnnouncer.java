package pairs.casts;

import pairs.model.Student;

/** Names the speaker by display name. */
public class NameAnnouncer extends Announcer {

    @Override
    protected String name(Student student) {
        return student.getDisplayName();
    }
}
