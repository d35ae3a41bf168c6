package io.github.privacyflow.finding;

import io.github.privacyflow.model.SourceLocation;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * One reported problem, located and ready for the reporters.
 *
 * @param ruleId e.g. {@code PF001}
 * @param ruleName e.g. {@code sensitive-data}
 * @param severity how serious it is
 * @param location where it is reported
 * @param message one line naming the data, the category and the clause broken; never a data value
 * @param elementSignature the reported element, independent of its line (e.g.
 *     {@code org.example.Student#email}), for baselines and fingerprints
 * @param path for flow findings, the steps from source to sink; empty otherwise
 * @param repeatLines the lines of the same file where the same fact is repeated (the same data
 *     reaching the same kind of sink), folded into this finding; empty for most findings
 */
public record Finding(String ruleId, String ruleName, Severity severity, SourceLocation location, String message,
        String elementSignature, List<PathStep> path, List<Integer> repeatLines) {

    /**
     * How a message names the repeats folded into its finding, followed by {@code " 12"} or
     * {@code "s 12, 14"}; marker checks read the lines back from a console through it.
     */
    public static final String REPEATED_AT = "; the same data, or more of the same record, reaches the same kind of sink again in this file at line";

    /**
     * How a message names the weaker flow rules that its sink call also breaks, followed by
     * {@code "PF003 undeclared-purpose"}: one sink call is one finding, of its strongest rule.
     */
    public static final String ALSO_BREAKS = "; the same call also breaks ";

    /** The report order: file, line, column, rule, message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding finding) -> finding.location().file().toString())
            .thenComparingInt(finding -> finding.location().line())
            .thenComparingInt(finding -> finding.location().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    /**
     * Creates a finding; the path is copied, so the finding is immutable.
     *
     * @param ruleId the rule's id
     * @param ruleName the rule's name
     * @param severity how serious it is
     * @param location where it is reported
     * @param message the one-line message
     * @param elementSignature the reported element's line-independent signature
     * @param path the flow path, empty for declaration findings
     * @param repeatLines the lines of the repeats folded into it
     */
    public Finding {
        path = List.copyOf(path);
        repeatLines = List.copyOf(repeatLines);
    }

    /**
     * Creates a finding that folds no repeats.
     *
     * @param ruleId the rule's id
     * @param ruleName the rule's name
     * @param severity how serious it is
     * @param location where it is reported
     * @param message the one-line message
     * @param elementSignature the reported element's line-independent signature
     * @param path the flow path, empty for declaration findings
     */
    public Finding(String ruleId, String ruleName, Severity severity, SourceLocation location, String message,
            String elementSignature, List<PathStep> path) {
        this(ruleId, ruleName, severity, location, message, elementSignature, path, List.of());
    }

    /**
     * Returns the file the finding is reported in.
     *
     * @return the absolute file
     */
    public Path file() {
        return location.file();
    }
}
