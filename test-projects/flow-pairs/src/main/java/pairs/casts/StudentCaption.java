package pairs.casts;

import pairs.model.Student;

/** Captions a student's tile with the student's display name. */
public class StudentCaption implements Caption {

    private final Student student;

    public StudentCaption(Student student) {
        this.student = student;
    }

    @Override
    public String text() {
        return student.getDisplayName();
    }
}
