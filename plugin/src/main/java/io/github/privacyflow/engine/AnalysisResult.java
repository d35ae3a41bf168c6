package io.github.privacyflow.engine;

import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.datamap.DataMap;
import io.github.privacyflow.policy.Policy;
import io.github.privacyflow.run.PhaseTimer;
import java.util.List;

/**
 * The outcome of analysing one module.
 *
 * @param findings the findings, sorted by file, line, column and rule
 * @param suppressedFindings the findings {@code @SuppressWarnings} silenced, sorted the same way:
 *     they fail no build and the console does not list them, but every report counts them apart
 *     and the JSON report lists them, so a suppression stays visible
 * @param policy the agreement that was enforced
 * @param classesAnalysed how many classes were read
 * @param dataMap the data map, or {@code null} when the request did not ask for it
 * @param phases the time and peak heap of each phase of the analysis (read, flow, rules)
 */
public record AnalysisResult(List<Finding> findings, List<Finding> suppressedFindings, Policy policy, int classesAnalysed,
        DataMap dataMap, List<PhaseTimer.Phase> phases) {

    /**
     * Creates a result; the findings are copied, so the result is immutable.
     *
     * @param findings the findings, sorted
     * @param suppressedFindings the suppressed findings, sorted
     * @param policy the agreement enforced
     * @param classesAnalysed how many classes were read
     * @param dataMap the data map, or {@code null}
     * @param phases the phases measured
     */
    public AnalysisResult {
        findings = List.copyOf(findings);
        suppressedFindings = List.copyOf(suppressedFindings);
        phases = List.copyOf(phases);
    }

    /**
     * Creates a result without phase measurements (merged or made-up results).
     *
     * @param findings the findings, sorted
     * @param suppressedFindings the suppressed findings, sorted
     * @param policy the agreement enforced
     * @param classesAnalysed how many classes were read
     * @param dataMap the data map, or {@code null}
     */
    public AnalysisResult(List<Finding> findings, List<Finding> suppressedFindings, Policy policy, int classesAnalysed,
            DataMap dataMap) {
        this(findings, suppressedFindings, policy, classesAnalysed, dataMap, List.of());
    }

    /**
     * Counts the findings {@code @SuppressWarnings} silenced.
     *
     * @return the number of {@link #suppressedFindings()}
     */
    public int suppressed() {
        return suppressedFindings.size();
    }

    /**
     * Counts findings of one severity.
     *
     * @param severity the severity
     * @return the count
     */
    public long count(Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }
}
