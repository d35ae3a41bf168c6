package io.github.privacyflow.rules;

import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.finding.AnchoredStep;
import java.util.List;

/** Receives a rule's findings; the engine locates them, applies suppressions and sorts them. */
public interface FindingCollector {

    /**
     * Reports a finding.
     *
     * @param anchor where the finding is reported
     * @param message one line naming the data, the category and the clause broken
     */
    default void report(Anchor anchor, String message) {
        report(anchor, message, List.of());
    }

    /**
     * Reports a flow finding with its path.
     *
     * @param anchor where the finding is reported (the sink call, or the entry point)
     * @param message one line naming the data, the category and the clause broken
     * @param path the steps from source to sink
     */
    void report(Anchor anchor, String message, List<AnchoredStep> path);
}
