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
 */
public record Finding(String ruleId, String ruleName, Severity severity, SourceLocation location, String message,
        String elementSignature, List<PathStep> path) {

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
     */
    public Finding {
        path = List.copyOf(path);
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
