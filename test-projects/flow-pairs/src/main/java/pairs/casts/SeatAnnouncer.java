package pairs.casts;

import pairs.model.Student;

/** Names the speaker by seat number, as exams require. */
public class SeatAnnouncer extends Announcer {

    @Override
    protected String name(Student student) {
        return "seat " + student.getSeat();
    }
}
