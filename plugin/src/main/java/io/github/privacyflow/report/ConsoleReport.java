package io.github.privacyflow.report;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.engine.Finding;
import io.github.privacyflow.engine.FlowStep;
import io.github.privacyflow.engine.Severity;
import io.github.privacyflow.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats findings the way maven-compiler-plugin prints javac's messages,
 * {@code /abs/File.java:[line,col] message}, so IDE consoles and CI logs link them.
 */
public final class ConsoleReport {

    private ConsoleReport() {
    }

    /**
     * Formats a location as plexus-compiler does: the column is dropped when unknown, and the
     * whole position when the line is.
     *
     * @param location the location
     * @return e.g. {@code /abs/Student.java:[14,20]}
     */
    public static String position(SourceLocation location) {
        String file = location.file().toString();
        if (location.line() <= 0) {
            return file;
        }
        return file + ":[" + location.line() + (location.column() > 0 ? "," + location.column() : "") + "]";
    }

    /**
     * Formats the finding's first line.
     *
     * @param finding the finding
     * @return e.g. {@code /abs/Student.java:[14,20] PF001 sensitive-data: field ...}
     */
    public static String line(Finding finding) {
        // As plexus-compiler's CompilerMessage: "file:[l,c] text", or "file: text" without a line.
        String separator = finding.location().line() > 0 ? " " : ": ";
        return position(finding.location()) + separator + finding.ruleId() + " " + finding.ruleName() + ": " + finding.message();
    }

    /**
     * Formats a flow finding's path, one indented line per step.
     *
     * @param finding the finding
     * @return the lines, empty for declaration findings
     */
    public static List<String> pathLines(Finding finding) {
        List<String> lines = new ArrayList<>();
        int number = 1;
        for (FlowStep step : finding.path()) {
            lines.add("    " + number++ + ". " + step.description() + "  " + position(step.location()));
        }
        return lines;
    }

    /**
     * Formats the last line: the count of findings per severity.
     *
     * @param result the analysis result
     * @return e.g. {@code privacyflow: 3 errors, 1 warning (2 suppressed)}
     */
    public static String summary(AnalysisResult result) {
        return summary(result, result.findings(), 0);
    }

    /**
     * Formats the last line when a baseline accepted some findings.
     *
     * @param result the analysis result
     * @param reported the findings reported (those the baseline did not accept)
     * @param baselined how many the baseline accepted
     * @return e.g. {@code privacyflow: 1 error, 0 warnings (3 baselined, 2 suppressed)}
     */
    public static String summary(AnalysisResult result, List<Finding> reported, int baselined) {
        long errors = reported.stream().filter(finding -> finding.severity() == Severity.ERROR).count();
        long warnings = reported.stream().filter(finding -> finding.severity() == Severity.WARNING).count();
        String text = "privacyflow: " + plural(errors, "error") + ", " + plural(warnings, "warning");
        List<String> notes = new ArrayList<>();
        if (baselined > 0) {
            notes.add(baselined + " baselined");
        }
        if (result.suppressed() > 0) {
            notes.add(result.suppressed() + " suppressed");
        }
        if (!notes.isEmpty()) {
            text += " (" + String.join(", ", notes) + ")";
        }
        return text + " in " + plural(result.classesAnalysed(), "class") + ", checked against \"" + result.policy().name() + "\"";
    }

    private static String plural(long count, String noun) {
        if (count == 1) {
            return "1 " + noun;
        }
        return count + " " + (noun.endsWith("s") ? noun + "es" : noun + "s");
    }
}
