package io.github.privacyflow.engine;

import io.github.privacyflow.inventory.DataInventory;
import io.github.privacyflow.policy.Policy;
import java.util.List;

/**
 * The outcome of analysing one module.
 *
 * @param findings the findings, sorted by file, line, column and rule
 * @param suppressed how many findings {@code @SuppressWarnings} silenced
 * @param policy the agreement that was enforced
 * @param classesAnalysed how many classes were read
 * @param inventory the data map, or {@code null} when the request did not ask for it
 */
public record AnalysisResult(List<Finding> findings, int suppressed, Policy policy, int classesAnalysed,
        DataInventory inventory) {

    /**
     * Creates a result; the findings are copied, so the result is immutable.
     *
     * @param findings the findings, sorted
     * @param suppressed how many were suppressed
     * @param policy the agreement enforced
     * @param classesAnalysed how many classes were read
     * @param inventory the data map, or {@code null}
     */
    public AnalysisResult {
        findings = List.copyOf(findings);
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
