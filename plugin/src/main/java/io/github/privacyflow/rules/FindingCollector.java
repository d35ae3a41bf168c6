package io.github.privacyflow.rules;

import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.finding.AnchoredStep;
import java.util.List;

/** Receives a rule's findings; the engine locates them, applies suppressions and sorts them. */
public interface FindingCollector {

    /**
     * Separates a fact's claim from the data it names, so that a later finding whose data the
     * first one already names is recognised as its repeat: the same participant's e-mail logged
     * once through a bean that also holds it under a name of its own, and once directly.
     */
    String FACT_DATA = "\u0000";

    /** Separates a datum of a fact from the type whose record it belongs to (empty when none does). */
    String FACT_HOLDER = "\u0002";

    /**
     * Begins a datum's holder when the datum is a part of a larger one a catalogue names (a failed
     * send's unsent addresses, of the mail's recipients) rather than a field of a record.
     */
    String FACT_PART_OF = "part of ";

    /** Separates the data sources a fact names. */
    String FACT_DATA_SEPARATOR = "\u0001";

    /**
     * Ends the method a fact is stated in, when it is not the sink call's own: a private helper
     * that only one method calls (a send on one branch of that method, made in a helper) states
     * its fact in that method.
     */
    String FACT_CONTEXT = "\u0003";


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
    default void report(Anchor anchor, String message, List<AnchoredStep> path) {
        report(anchor, message, path, null);
    }

    /**
     * Reports a flow finding that states a fact other calls in the same file may repeat: the
     * same data reaching the same kind of sink. Of the findings of one rule in one file with the
     * same fact, only the first in the file is reported, naming the lines of the others, so one
     * real problem is one finding. A finding that {@code @SuppressWarnings} silences takes no
     * others with it.
     *
     * @param anchor where the finding is reported (the sink call, or the entry point)
     * @param message one line naming the data, the category and the clause broken
     * @param path the steps from source to sink
     * @param fact what the finding states, to recognise its repeats; {@code null} when every
     *     report is a problem of its own
     */
    void report(Anchor anchor, String message, List<AnchoredStep> path, String fact);
}
