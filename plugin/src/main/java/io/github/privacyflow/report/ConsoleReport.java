package io.github.privacyflow.report;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.finding.PathStep;
import io.github.privacyflow.finding.Severity;
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
        for (PathStep step : finding.path()) {
            lines.add("    " + number++ + ". " + step.description() + "  " + position(step.location()));
        }
        return lines;
    }

    /**
     * Formats the last line: the count of findings per severity.
     *
     * @param result the analysis result
     * @return e.g. {@code privacyflow: 3 errors, 1 warning (2 suppressed) in 12 classes, checked against "..."}
     */
    public static String summary(AnalysisResult result) {
        return summary(result, BaselineStates.NONE);
    }

    /**
     * Formats the last line. With a baseline it counts new findings (the ones printed above it,
     * and the only ones that fail the build) apart from the baselined ones, per severity, and
     * says how many baseline entries no finding matches any more.
     *
     * @param result the analysis result
     * @param baseline how the findings compare with a baseline, or {@link BaselineStates#NONE}
     * @return e.g. {@code privacyflow: new: 1 error, 0 warnings; baselined: 3 errors, 0 warnings;
     *     no longer found: 1 (2 suppressed) in 12 classes, checked against "..."}
     */
    public static String summary(AnalysisResult result, BaselineStates baseline) {
        List<Finding> findings = result.findings();
        String text;
        if (baseline.compared()) {
            text = "privacyflow: new: " + counts(findings, baseline, false) + "; baselined: " + counts(findings, baseline, true)
                    + "; no longer found: " + baseline.absent().size();
        } else {
            text = "privacyflow: " + counts(findings, baseline, false);
        }
        if (result.suppressed() > 0) {
            text += " (" + result.suppressed() + " suppressed)";
        }
        return text + " in " + plural(result.classesAnalysed(), "class") + ", checked against \"" + result.policy().name() + "\"";
    }

    private static String counts(List<Finding> findings, BaselineStates baseline, boolean baselined) {
        return plural(baseline.count(findings, baselined, Severity.ERROR), "error") + ", "
                + plural(baseline.count(findings, baselined, Severity.WARNING), "warning");
    }

    private static String plural(long count, String noun) {
        if (count == 1) {
            return "1 " + noun;
        }
        return count + " " + (noun.endsWith("s") ? noun + "es" : noun + "s");
    }
}
