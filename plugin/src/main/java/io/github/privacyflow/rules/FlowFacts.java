package io.github.privacyflow.rules;

import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.finding.AnchoredStep;
import io.github.privacyflow.flow.DataSource;
import io.github.privacyflow.flow.TaintFlow;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.Witness;
import io.github.privacyflow.model.MethodModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What the flow rules say about the data at a sink: names, categories and the path. */
final class FlowFacts {

    private FlowFacts() {
    }

    /** The categories of the personal data in a set. */
    static Set<String> categories(LabelSet data) {
        Set<String> categories = new TreeSet<>();
        for (Label label : data.dataLabels()) {
            categories.add(label.source().category());
        }
        return categories;
    }

    /** The data of one category. */
    static LabelSet ofCategory(LabelSet data, String category) {
        LabelSet result = LabelSet.EMPTY;
        for (int i = 0; i < data.size(); i++) {
            Label label = data.label(i);
            if (label.isData() && label.source().category().equals(category)) {
                result = result.union(LabelSet.of(label, data.witness(i)));
            }
        }
        return result;
    }

    /** Names the data for a message: the first few sources, then how many more. */
    static String describe(LabelSet data) {
        List<String> names = new ArrayList<>();
        for (Label label : data.dataLabels()) {
            DataSource source = label.source();
            names.add(source.description() + (source.inferred() ? " (" + source.inference() + ")" : ""));
        }
        return TypeFacts.list(names);
    }

    /** The path of the first data label, as the reporters print it. */
    static List<AnchoredStep> path(LabelSet data) {
        for (int i = 0; i < data.size(); i++) {
            if (data.label(i).isData() && data.witness(i) != null) {
                List<AnchoredStep> steps = new ArrayList<>();
                for (Witness step : data.witness(i).steps()) {
                    steps.add(new AnchoredStep(step.description(), step.anchor()));
                }
                return steps;
            }
        }
        return List.of();
    }

    /**
     * The anchor of a sink call. Its signature counts same-named sink calls in the method in
     * line order, so two {@code Logger.info} calls in one method keep distinct identities that
     * do not change when lines move.
     */
    static Anchor at(RuleContext context, TaintFlow finding) {
        int ordinal = 0;
        for (TaintFlow other : context.flow().flows()) {
            if (other.method() == finding.method() && other.callee().equals(finding.callee()) && other.line() < finding.line()) {
                ordinal++;
            }
        }
        return new Anchor.AtCode(finding.method(), finding.line(), finding.callee() + (ordinal > 0 ? "#" + (ordinal + 1) : ""));
    }

    /**
     * What a flow finding states, so that its repeats in the same file are recognised: the same
     * data, by source, reaching the same kind of sink (or the same {@code @Sink} processor), with
     * whatever else the rule's claim depends on.
     *
     * @param finding the sink
     * @param data the data the finding names
     * @param claim the rest of the rule's claim, e.g. the category and purposes it names
     * @return the fact
     */
    static String fact(RuleContext context, TaintFlow finding, LabelSet data, String claim) {
        Set<String> sources = new TreeSet<>();
        for (Label label : data.dataLabels()) {
            String record = label.source().record();
            if (record == null && label.source().partOf() != null) {
                record = FindingCollector.FACT_PART_OF + label.source().partOf();
            }
            sources.add(label.source().description() + FindingCollector.FACT_HOLDER + (record == null ? "" : record));
        }
        String fact = (finding.kind() != null ? "kind " + finding.kind() : "processor " + finding.processor()) + "|" + claim
                + FindingCollector.FACT_DATA + String.join(FindingCollector.FACT_DATA_SEPARATOR, sources);
        if (LOGGING.equals(finding.kind())) {
            return fact;
        }
        MethodModel stated = helperOf(context, finding.method());
        return stated == finding.method() ? fact : stated.signature() + FindingCollector.FACT_CONTEXT + fact;
    }

    /** The sink kind whose calls each count on their own: a log line is read where it is. */
    private static final String LOGGING = "logging";

    /** How many private helpers, one inside the other, a sink may sit in and still count as its caller's. */
    private static final int HELPER_DEPTH = 3;

    /**
     * The method a sink call in a private helper belongs to: the one method of the same class
     * that calls the helper (James's {@code tryDeliveryToHost} sends a mail on one branch and has
     * {@code sendDSNAwareEmail}, through a lambda, send it on the other), followed up to
     * {@value #HELPER_DEPTH} helpers deep. A method called from elsewhere, or from several
     * methods, is its own.
     */
    private static MethodModel helperOf(RuleContext context, MethodModel method) {
        MethodModel current = method;
        for (int depth = 0; depth < HELPER_DEPTH && current.isPrivate(); depth++) {
            Set<MethodModel> callers = context.flow().callers().getOrDefault(current, Set.of());
            if (callers.size() != 1) {
                break;
            }
            MethodModel caller = callers.iterator().next();
            if (caller == current || !caller.declaringClass().internalName().equals(current.declaringClass().internalName())) {
                break;
            }
            current = caller;
        }
        return current;
    }

    /** All the data reaching a sink, over its contexts. */
    static LabelSet allData(TaintFlow finding) {
        LabelSet all = LabelSet.EMPTY;
        for (TaintFlow.Context context : finding.contexts()) {
            all = all.union(context.data());
        }
        return all;
    }
}
