package io.github.privacyflow.flow.core;

import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.LabelTable;
import io.github.privacyflow.flow.SinkReach;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.objectweb.asm.Type;

/**
 * What a method does with data, seen from its callers: what it returns, what flows into its
 * argument objects and into fields, which sinks its arguments reach, which stores it reaches
 * before any consent gate, and whether it always establishes consent. Parameter labels stand
 * for the caller's arguments; data labels are sources inside the method.
 */
final class Summary {

    /**
     * A summary keeps, for each of its parameters, the first this many sink sites the parameter
     * reaches; more add little to a finding and would make every caller's summary hold its
     * callees' sites transitively. Sites near the data's source are still found where the data
     * is bound, in the callers closer to those sites.
     */
    static final int MAX_SITES_PER_PARAMETER = 32;
    /** The fields a summary keeps for each parameter, the first it sees, for the same reason. */
    static final int MAX_FIELDS_PER_PARAMETER = 32;

    /** Data labels a summary's set keeps as they are; more are folded per category. */
    static final int MAX_DATA_LABELS = 32;

    static final Summary EMPTY = new Summary();

    LabelSet returned = LabelSet.EMPTY;
    int returnedTags;
    final Map<Integer, LabelSet> argumentMutations = new LinkedHashMap<>();
    final Map<String, LabelSet> fieldWrites = new LinkedHashMap<>();
    /**
     * What the method writes into a field of one of its arguments, in terms of its parameters:
     * each caller writes it into the object it passes, and only a caller that cannot follow that
     * object puts it in the program-wide field table.
     */
    final Map<ArgumentField, LabelSet> argumentFieldWrites = new LinkedHashMap<>();
    final Map<String, SinkReach> parameterHits = new LinkedHashMap<>();
    final Map<String, SinkReach> unconsentedStores = new LinkedHashMap<>();
    private final Map<Integer, Integer> sitesPerParameter = new HashMap<>();
    private final Map<Integer, Integer> fieldsPerParameter = new HashMap<>();
    private boolean storesData;
    boolean establishesConsent;

    /**
     * What the method leaves in a field of one object: in terms of the method's parameters,
     * and whether every normal return sees it written (a caller may then forget what the field held).
     */
    record FieldFact(LabelSet labels, Type type, boolean definite) {
        FieldFact joinedWith(FieldFact other) {
            return new FieldFact(labels.union(other.labels), type, definite && other.definite);
        }
    }

    /** A field of the object passed as one argument (receiver first). */
    record ArgumentField(int argument, String field) {
    }

    /** For each argument, the fields of that object the method writes. */
    final Map<Integer, Map<String, FieldFact>> argumentFields = new LinkedHashMap<>();
    /** Whether every return gives a new object (a factory); then {@link #returnedFields} are its fields. */
    boolean returnsFresh;
    /** Whether that new object was handed to code the method cannot follow before it was returned. */
    boolean returnedEscaped;
    /**
     * Whether some returns give an object made elsewhere instead ({@code cached != null ? cached
     * : new Parser(in)}): a caller reads the new object's {@link #returnedFields} and, for the
     * other object, what the program-wide field table holds.
     */
    boolean returnedShared;
    /**
     * The arguments through whose fields the method writes into further objects
     * ({@code arg.field.other = x}): what those objects held, a caller can no longer be sure of.
     */
    final java.util.Set<Integer> writesThrough = new java.util.TreeSet<>();
    /** The fields the method wrote into the new object it returns. */
    final Map<String, FieldFact> returnedFields = new LinkedHashMap<>();

    /**
     * The arguments the method keeps a reference to or hands back: stored in a field, returned,
     * added to another object. A caller's object passed there is no longer one only it names.
     *
     * @return the argument indexes
     */
    java.util.Set<Integer> retainedArguments() {
        java.util.Set<Integer> retained = new java.util.TreeSet<>();
        java.util.function.Consumer<LabelSet> collect = set -> {
            for (int i = 0; i < set.size(); i++) {
                // A number or a flag computed from an argument holds no reference to it.
                if (set.label(i).kind() == Label.Kind.PARAMETER && set.label(i).scalar() == null) {
                    retained.add(set.label(i).index());
                }
            }
        };
        collect.accept(returned);
        argumentMutations.values().forEach(collect);
        fieldWrites.values().forEach(collect);
        argumentFieldWrites.values().forEach(collect);
        argumentFields.values().forEach(fields -> fields.values().forEach(fact -> collect.accept(fact.labels())));
        returnedFields.values().forEach(fact -> collect.accept(fact.labels()));
        return retained;
    }

    /**
     * Whether a caller binding this summary may learn something from its arguments' fields: some
     * sink hit, mutation or field write is in terms of an argument's field.
     *
     * @return {@code true} when a {@link Label.Kind#FIELD} label is among them
     */
    boolean bindsFields() {
        for (SinkReach hit : parameterHits.values()) {
            if (hasField(hit.labels())) {
                return true;
            }
        }
        return argumentMutations.values().stream().anyMatch(Summary::hasField)
                || fieldWrites.values().stream().anyMatch(Summary::hasField)
                || argumentFieldWrites.values().stream().anyMatch(Summary::hasField);
    }

    private static boolean hasField(LabelSet labels) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.label(i).kind() == Label.Kind.FIELD) {
                return true;
            }
        }
        return false;
    }

    void addArgumentMutation(int argument, LabelSet labels) {
        argumentMutations.merge(argument, labels, LabelSet::union);
    }

    /**
     * Records that parameters flow into a field, while each parameter flows into fewer than
     * {@link #MAX_FIELDS_PER_PARAMETER} fields: a setter called from everywhere would otherwise
     * put its field into every caller's summary, up every call chain.
     */
    void addFieldWrite(String field, LabelSet labels) {
        addWrite(fieldWrites, field, labels);
    }

    /** Records that parameters flow into a field of an argument's object, within the same share as {@link #addFieldWrite}. */
    void addArgumentFieldWrite(ArgumentField target, LabelSet labels) {
        addWrite(argumentFieldWrites, target, labels);
    }

    private <K> void addWrite(Map<K, LabelSet> writes, K target, LabelSet labels) {
        LabelSet known = writes.get(target);
        if (known != null) {
            writes.put(target, known.union(labels));
            return;
        }
        if (!belowShare(fieldsPerParameter, labels, MAX_FIELDS_PER_PARAMETER)) {
            return;
        }
        count(fieldsPerParameter, labels);
        writes.put(target, labels);
    }

    /** Whether some parameter among the labels has fewer than its share of entries. */
    private static boolean belowShare(Map<Integer, Integer> perParameter, LabelSet labels, int limit) {
        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.label(i);
            if (label.isSymbolic() && perParameter.getOrDefault(label.index(), 0) < limit) {
                return true;
            }
        }
        return false;
    }

    private static void count(Map<Integer, Integer> perParameter, LabelSet labels) {
        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.label(i);
            if (label.isSymbolic()) {
                perParameter.merge(label.index(), 1, Integer::sum);
            }
        }
    }

    /** Records a sink site a parameter reaches, while the parameter has fewer than its share of sites. */
    void addParameterHit(SinkReach hit) {
        SinkReach known = parameterHits.get(hit.siteKey());
        if (known != null) {
            parameterHits.put(hit.siteKey(), known.withLabels(known.labels().union(hit.labels())));
            return;
        }
        if (!belowShare(sitesPerParameter, hit.labels(), MAX_SITES_PER_PARAMETER)) {
            return;
        }
        count(sitesPerParameter, hit.labels());
        parameterHits.put(hit.siteKey(), hit);
    }

    /**
     * Records a store reached before any consent gate. PF009 needs one store per entry point, so
     * a summary keeps the first store of data and, for each parameter, the first store it
     * reaches: a caller binding data to that parameter then finds it. Further stores would only
     * be copied from summary to summary up every call chain.
     */
    void addUnconsentedStore(SinkReach hit) {
        SinkReach known = unconsentedStores.get(hit.siteKey());
        if (known != null) {
            unconsentedStores.put(hit.siteKey(), known.withLabels(known.labels().union(hit.labels())));
            storesData |= hit.labels().hasData();
            return;
        }
        boolean wanted = hit.labels().hasData() && !storesData;
        for (int i = 0; i < hit.labels().size() && !wanted; i++) {
            Label label = hit.labels().label(i);
            wanted = label.isSymbolic() && !storedParameter(label.index());
        }
        if (wanted) {
            unconsentedStores.put(hit.siteKey(), hit);
            storesData |= hit.labels().hasData();
        }
    }

    private boolean storedParameter(int index) {
        for (SinkReach store : unconsentedStores.values()) {
            for (int i = 0; i < store.labels().size(); i++) {
                Label label = store.labels().label(i);
                if (label.isSymbolic() && label.index() == index) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Joins this fresh summary onto the previous one of the same method, the previous entries
     * first. The bounds above keep the first entries they see, so without the join a method's
     * summary could keep other sites on another run and the fixed point would never settle;
     * joined, summaries only grow, and being bounded, they settle.
     *
     * @param previous the method's summary so far, or {@code null}
     * @return the joined summary
     */
    Summary joinedOnto(Summary previous) {
        if (previous == null) {
            return this;
        }
        Summary joined = new Summary();
        for (Summary part : List.of(previous, this)) {
            joined.returned = joined.returned.union(part.returned);
            joined.returnedTags |= part.returnedTags;
            part.argumentMutations.forEach(joined::addArgumentMutation);
            part.fieldWrites.forEach(joined::addFieldWrite);
            part.argumentFieldWrites.forEach(joined::addArgumentFieldWrite);
            part.parameterHits.values().forEach(joined::addParameterHit);
            part.unconsentedStores.values().forEach(joined::addUnconsentedStore);
        }
        // The heap facts of the latest run stand: they describe one body, and only grow with its callees'.
        argumentFields.forEach((argument, fields) -> joined.argumentFields.put(argument, new LinkedHashMap<>(fields)));
        previous.argumentFields.forEach((argument, fields) -> fields.forEach((field, fact) -> joined.argumentFields
                .computeIfAbsent(argument, a -> new LinkedHashMap<>()).merge(field, fact, FieldFact::joinedWith)));
        joined.returnsFresh = returnsFresh;
        joined.returnedEscaped = returnedEscaped || previous.returnedEscaped;
        joined.returnedShared = returnedShared;
        joined.writesThrough.addAll(previous.writesThrough);
        joined.writesThrough.addAll(writesThrough);
        joined.returnedFields.putAll(returnedFields);
        previous.returnedFields.forEach((field, fact) -> joined.returnedFields.merge(field, fact, FieldFact::joinedWith));
        joined.establishesConsent = establishesConsent;
        return joined;
    }

    /**
     * Bounds every label set of this summary, so a summary can change only a bounded number of
     * times and the fixed point settles in a number of rounds that does not grow with the program.
     *
     * @param labels the table that folds labels
     * @return this summary, its sets widened
     */
    Summary widened(LabelTable labels) {
        returned = labels.widen(returned, MAX_DATA_LABELS);
        argumentMutations.replaceAll((argument, set) -> labels.widen(set, MAX_DATA_LABELS));
        fieldWrites.replaceAll((field, set) -> labels.widen(set, MAX_DATA_LABELS));
        argumentFieldWrites.replaceAll((field, set) -> labels.widen(set, MAX_DATA_LABELS));
        parameterHits.replaceAll((site, hit) -> hit.withLabels(labels.widen(hit.labels(), MAX_DATA_LABELS)));
        unconsentedStores.replaceAll((site, hit) -> hit.withLabels(labels.widen(hit.labels(), MAX_DATA_LABELS)));
        argumentFields.values().forEach(fields -> fields.replaceAll((field, fact) ->
                new FieldFact(labels.widen(fact.labels(), MAX_DATA_LABELS), fact.type(), fact.definite())));
        returnedFields.replaceAll((field, fact) -> new FieldFact(labels.widen(fact.labels(), MAX_DATA_LABELS), fact.type(), fact.definite()));
        return this;
    }

    List<SinkReach> parameterHitList() {
        return Collections.unmodifiableList(new ArrayList<>(parameterHits.values()));
    }

    /** Compares what callers can observe, ignoring witnesses, so the fixed point is on labels. */
    boolean sameAs(Summary other) {
        if (other == null) {
            return false;
        }
        return returned.equals(other.returned) && returnedTags == other.returnedTags
                && establishesConsent == other.establishesConsent
                && argumentMutations.equals(other.argumentMutations)
                && fieldWrites.equals(other.fieldWrites)
                && argumentFieldWrites.equals(other.argumentFieldWrites)
                && argumentFields.equals(other.argumentFields) && returnsFresh == other.returnsFresh
                && returnedEscaped == other.returnedEscaped && returnedShared == other.returnedShared
                && returnedFields.equals(other.returnedFields)
                && writesThrough.equals(other.writesThrough)
                && sameHits(parameterHits, other.parameterHits)
                && sameHits(unconsentedStores, other.unconsentedStores);
    }

    private static boolean sameHits(Map<String, SinkReach> mine, Map<String, SinkReach> theirs) {
        if (!mine.keySet().equals(theirs.keySet())) {
            return false;
        }
        for (Map.Entry<String, SinkReach> entry : mine.entrySet()) {
            SinkReach other = theirs.get(entry.getKey());
            if (!entry.getValue().labels().equals(other.labels()) || entry.getValue().unconsented() != other.unconsented()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Summary summary && sameAs(summary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(returned, returnedTags, establishesConsent);
    }
}
