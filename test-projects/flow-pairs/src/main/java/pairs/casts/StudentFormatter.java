package pairs.casts;

import pairs.model.Student;

/** Formats a student by display name. */
public class StudentFormatter implements Formatter<Student> {

    @Override
    public String format(Student value) {
        return "student " + value.getDisplayName();
    }
}
