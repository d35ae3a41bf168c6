package io.github.privacyflow.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.model.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The console lines follow the form maven-compiler-plugin prints javac's messages in. */
class ConsoleReportTest {

    /** plexus-compiler's CompilerMessage: {@code file:[line,col] message}, column and position dropped when 0. */
    private static final Pattern JAVAC_FORM = Pattern.compile("^(/[^:]+\\.java):\\[(\\d+)(?:,(\\d+))?] (.+)$");

    private final Path file = Path.of("/home/dev/classroom/src/main/java/org/example/Student.java");

    @Test
    void lineAndColumn() {
        String line = ConsoleReport.line(finding(new SourceLocation(file, 14, 20)));
        assertEquals(file + ":[14,20] PF001 sensitive-data: field Student.religion holds special-category data", line);
        assertTrue(JAVAC_FORM.matcher(line).matches());
    }

    @Test
    void columnDroppedWhenUnknown() {
        assertEquals(file + ":[14] PF001 sensitive-data: field Student.religion holds special-category data",
                ConsoleReport.line(finding(new SourceLocation(file, 14, 0))));
    }

    @Test
    void positionDroppedWhenTheLineIsUnknown() {
        Path classFile = Path.of("/home/dev/classroom/target/classes/org/example/Student.class");
        assertEquals(classFile + ": PF001 sensitive-data: field Student.religion holds special-category data",
                ConsoleReport.line(finding(new SourceLocation(classFile, 0, 0))));
    }

    @Test
    void theSameTextMavenCompilerPluginPrintsForJavac() {
        for (int[] position : new int[][] {{14, 20}, {14, 0}, {0, 0}}) {
            Finding finding = finding(new SourceLocation(file, position[0], position[1]));
            String ours = ConsoleReport.line(finding);
            String javacStyle = new org.codehaus.plexus.compiler.CompilerMessage(file.toString(),
                    org.codehaus.plexus.compiler.CompilerMessage.Kind.ERROR, position[0], position[1], position[0], position[1],
                    "PF001 sensitive-data: field Student.religion holds special-category data").toString();
            assertEquals(javacStyle, ours, "position " + position[0] + "," + position[1]);
        }
    }

    private static Finding finding(SourceLocation location) {
        return new Finding("PF001", "sensitive-data", Severity.ERROR, location,
                "field Student.religion holds special-category data", "org.example.Student#religion", List.of());
    }
}
