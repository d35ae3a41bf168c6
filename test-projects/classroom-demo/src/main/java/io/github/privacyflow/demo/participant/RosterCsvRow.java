package io.github.privacyflow.demo.participant;

/**
 * One line of the roster CSV a school uploads. It lives only while the upload is parsed and is
 * turned into a {@link StudentProfile} at once, which carries the classification.
 *
 * @param studentNumber the school's student number
 * @param realName the student's legal name
 * @param email the student's school e-mail address
 * @param className the school class, e.g. "7B"
 */
@SuppressWarnings("privacyflow")
public record RosterCsvRow(
        String studentNumber, // expect suppressed PF002
        String realName, // expect suppressed PF002
        String email, // expect suppressed PF002
        String className) {

    public static RosterCsvRow parse(String line) {
        String[] cells = line.split(",", -1);
        if (cells.length != 4) {
            throw new IllegalArgumentException("expected 4 columns, got " + cells.length);
        }
        return new RosterCsvRow(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip());
    }

    public StudentProfile toProfile() {
        return new StudentProfile(studentNumber, realName, className, null);
    }
}
