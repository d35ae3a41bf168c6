package io.github.privacyflow.flow.core;

import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.SinkReach;
import io.github.privacyflow.flow.SinkSpec;
import io.github.privacyflow.flow.Witness;
import io.github.privacyflow.model.MethodModel;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * What one run over a method finds, in two parts: its summary, in terms of its parameters, for
 * the callers; and what involves data known here (sink hits, stores of whole objects, field
 * writes), for the fixed point and the findings. Every effect is recorded here, whether the
 * method's own instruction or a callee's summary brought it.
 */
final class MethodEffects {

    private final MethodFlow flow;
    private final MethodModel method;

    /** The method's summary as this run finds it. */
    final Summary summary = new Summary();
    /** Hits with known data, one per sink site and chain: each chain is a calling context of its own, and may leave the module elsewhere. */
    final Map<List<Object>, SinkReach> concreteHits = new LinkedHashMap<>();
    /** For each type whose data reaches a store, the first such store. */
    final Map<String, SinkReach> holderStores = new LinkedHashMap<>();
    /** Data known here written into fields, by field key. */
    final Map<String, LabelSet> fieldWrites = new LinkedHashMap<>();

    /** The heap and returned value at each return instruction, as the last pass over it saw them. */
    private final Map<Integer, ReturnState> returnStates = new LinkedHashMap<>();

    private record ReturnState(ObjectHeap heap, TaintValue returned) {
    }

    MethodEffects(MethodFlow flow) {
        this.flow = flow;
        this.method = flow.method;
    }

    /** A value the method returns: part of its summary, and sunk if the policy names its result a sink. */
    void returned(TaintValue value) {
        summary.returned = summary.returned.union(value.labels);
        summary.returnedTags |= value.tags;
        for (SinkSpec sink : flow.context.handlers.sinks().ofReturn(method)) {
            if (!value.labels.isEmpty()) {
                recordSink(sink, method.declaringClass().simpleName() + "." + method.name() + " returns", value.labels);
            }
        }
    }

    /** A return instruction ran with this heap, returning this value ({@code null} for none). */
    void returnedAt(int instruction, ObjectHeap heap, TaintValue returned) {
        returnStates.put(instruction, new ReturnState(heap, returned));
    }

    /**
     * Puts into the summary what the method leaves in its arguments' fields, and, when it always
     * returns a new object, that object's fields: a field counts as written for the caller only
     * if every return sees it written.
     */
    void summarizeHeap() {
        try {
            summarizeReturns();
        } finally {
            // The heaps at the returns hold every value the method made; the last run of every method is kept until the end.
            returnStates.clear();
        }
    }

    private void summarizeReturns() {
        if (returnStates.isEmpty()) {
            return;
        }
        int arguments = Type.getArgumentTypes(method.descriptor()).length + (method.isStatic() ? 0 : 1);
        for (int argument = 0; argument < arguments; argument++) {
            int objectId = MethodFlow.argumentObject(argument);
            Map<String, Summary.FieldFact> facts = factsOf(state -> objectId);
            if (!facts.isEmpty()) {
                summary.argumentFields.put(argument, facts);
            }
        }
        boolean anyFresh = false;
        boolean anyOther = false;
        boolean escaped = false;
        for (ReturnState state : returnStates.values()) {
            if (state.returned != null && TaintValue.NULL_TYPE.equals(state.returned.type)) {
                // A lookup that answers null when nothing is found is still a factory: null has no fields.
                continue;
            }
            if (state.returned != null && flow.isFresh(state.returned.objectId)) {
                anyFresh = true;
                escaped |= state.heap.escaped(state.returned.objectId);
            } else if (state.returned != null && state.returned.type != null && state.returned.type.getSort() == Type.OBJECT) {
                anyOther = true;
            } else {
                anyFresh = false;
                anyOther = true;
                break;
            }
        }
        summary.returnsFresh = anyFresh;
        if (anyFresh) {
            summary.returnedEscaped = escaped;
            summary.returnedShared = anyOther;
            // A return of another object has no fields here: its fields are not definite.
            summary.returnedFields.putAll(factsOf(state -> state.returned == null || !flow.isFresh(state.returned.objectId)
                    ? 0 : state.returned.objectId));
        } else {
            // Callers know no factory here: a new object returned on some path has fields only the program-wide table can show.
            for (ReturnState state : returnStates.values()) {
                if (state.returned != null) {
                    flow.publishReturned(state.heap, state.returned.objectId);
                }
            }
        }
    }

    /** The fields of one object over every return; a field some return does not see written is not definite. */
    private Map<String, Summary.FieldFact> factsOf(java.util.function.ToIntFunction<ReturnState> object) {
        Map<String, Summary.FieldFact> facts = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (ReturnState state : returnStates.values()) {
            for (Map.Entry<String, ObjectHeap.Cell> cell : state.heap.fieldsOf(object.applyAsInt(state)).entrySet()) {
                TaintValue value = cell.getValue().value();
                Summary.FieldFact fact = new Summary.FieldFact(value.labels, value.type, cell.getValue().definite());
                facts.merge(cell.getKey(), fact, Summary.FieldFact::joinedWith);
                seen.merge(cell.getKey(), 1, Integer::sum);
            }
        }
        facts.replaceAll((field, fact) -> seen.get(field) == returnStates.size() ? fact
                : new Summary.FieldFact(fact.labels(), fact.type(), false));
        return facts;
    }

    /**
     * Replaces the {@link Label.Kind#FIELD} labels of a set by what the program writes into those
     * fields anywhere, each path running from the write through the read to where the set is now.
     */
    LabelSet resolveFieldsGlobally(LabelSet labels) {
        LabelSet.Builder resolved = new LabelSet.Builder();
        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.label(i);
            if (label.kind() != Label.Kind.FIELD) {
                resolved.add(label, labels.witness(i));
                continue;
            }
            Witness after = labels.witness(i);
            String fieldName = flow.context.fieldName(label.field());
            flow.context.readsField(label.field(), method);
            LabelSet stored = MapKeys.bind(flow.context.labels, label, flow.context.fieldTaint.getOrDefault(label.field(), LabelSet.EMPTY));
            Anchor at = after == null ? flow.here("reads " + fieldName) : after.anchor();
            for (int s = 0; s < stored.size(); s++) {
                resolved.add(stored.label(s), Witness.call(stored.witness(s), "reads it back from " + fieldName, at, after));
            }
        }
        return resolved.build();
    }

    /**
     * Whether data reaching a sink here from an argument's field is reported here as well as
     * where callers bind it: always, unless every caller is in the program and binds it (a
     * private method other than a lambda's body).
     */
    boolean resolvesFieldsHere() {
        int access = method.node().access;
        return (access & org.objectweb.asm.Opcodes.ACC_PRIVATE) == 0 || (access & org.objectweb.asm.Opcodes.ACC_SYNTHETIC) != 0;
    }

    /**
     * Data written into a field: parameter labels into the summary, data into the field writes.
     *
     * @param key the field's key
     * @param fieldName the field as a step names it
     * @param labels what is written
     * @param addStep whether the path gains a "stores it in" step (a callee's paths already have it)
     */
    void storeIntoField(String key, String fieldName, LabelSet labels, boolean addStep) {
        storeIntoField(key, fieldName, labels, addStep, -1);
    }

    /**
     * Data written into a field of one object: like {@link #storeIntoField(String, String, LabelSet, boolean)},
     * but when the object is one of this method's arguments, what the parameters carry there is
     * left to each caller, which knows the object it passes.
     *
     * @param intoArgument the argument whose object is written (receiver first), -1 for another object
     */
    void storeIntoField(String key, String fieldName, LabelSet labels, boolean addStep, int intoArgument) {
        LabelSet withStep = addStep ? withStoreStep(fieldName, labels) : labels;
        LabelSet parameters = withStep.only(Label.Kind.PARAMETER);
        if (!parameters.isEmpty()) {
            if (intoArgument >= 0) {
                summary.addArgumentFieldWrite(new Summary.ArgumentField(intoArgument, key), parameters);
            } else {
                summary.addFieldWrite(key, parameters);
            }
        }
        // A field of an argument copied into another field: program-wide, what that field holds anywhere.
        LabelSet concrete = resolveFieldsGlobally(withStep.without(Label.Kind.PARAMETER));
        if (!concrete.isEmpty()) {
            fieldWrites.merge(key, concrete, LabelSet::union);
        }
    }

    /** The labels with a last step that stores them into the field here. */
    LabelSet withStoreStep(String fieldName, LabelSet labels) {
        String stores = "stores it in " + fieldName;
        Anchor at = flow.here("stores in " + fieldName);
        return labels.mapWitnesses(witness -> Witness.then(witness, stores, at));
    }

    /**
     * What a value is, learnt here: every alias of it in this method's frame knows it from now on.
     * Unlike a {@linkplain #mutate mutation} nothing else learns it, neither the field the value
     * came from nor the caller that passed it, so the knowledge stays where it was found.
     */
    void learn(TaintValue target, LabelSet labels) {
        if (target != null && !labels.isEmpty()) {
            reachAliases(target.objectId, labels, 0);
        }
    }

    /** Data flows into an object: every alias of it, the field it came from, the argument it was. */
    void mutate(TaintValue target, LabelSet labels, int tags) {
        if (target == null || (labels.isEmpty() && tags == 0)) {
            return;
        }
        int objectId = target.objectId;
        reachAliases(objectId, labels, tags);
        if (MethodFlow.isArgument(objectId) && !labels.isEmpty()) {
            summary.addArgumentMutation(MethodFlow.argumentOf(objectId), labels);
        }
        if (target.field != null && !labels.isEmpty() && flow.context.fields.isProgramField(target.field)) {
            storeIntoField(target.field, flow.context.fieldName(target.field), labels, true);
        }
    }

    /** Every alias of the object in this method's frame carries the labels and tags once the instruction has run. */
    private void reachAliases(int objectId, LabelSet labels, int tags) {
        if (objectId != 0) {
            TaintFrame current = flow.frame;
            flow.afterExecute.add(() -> current.mutate(objectId, labels, tags));
        }
    }

    /**
     * Labels reaching a sink at the current instruction: parameter labels become a summary
     * fact for the callers, data a hit here; a store before consent is remembered for PF009.
     */
    void recordSink(SinkSpec sink, String callee, LabelSet labels) {
        String what = sink.kind() != null ? sink.kind() : "processor " + sink.processor();
        String sends = "sends it to " + callee + " (" + what + ")";
        Anchor at = flow.here("sink " + callee);
        // A sink receives the data, whichever map entry held it.
        LabelSet arrived = MapKeys.strip(flow.context.labels, labels, false).mapWitnesses(witness -> Witness.then(witness, sends, at));
        SinkReach hit = SinkReach.at(method, flow.line(), callee, sink, arrived, !flow.frame.consent());
        LabelSet parameters = arrived.symbolic();
        if (!parameters.isEmpty()) {
            summary.addParameterHit(hit.withLabels(parameters));
        }
        LabelSet concrete = arrived.only(Label.Kind.DATA);
        if (resolvesFieldsHere()) {
            concrete = concrete.union(resolveFieldsGlobally(arrived.only(Label.Kind.FIELD)));
        }
        recordConcrete(hit.withLabels(concrete));
        if (flow.context.handlers.sinks().stores(sink) && hit.unconsented()) {
            summary.addUnconsentedStore(hit);
        }
    }

    /**
     * What a log shows of the data given to it: a whole object is printed by its
     * {@code toString}, so an instance whose printed form holds nothing personal is no personal
     * data there (its fields read and logged are still their own labels).
     */
    private LabelSet printedLabels(LabelSet labels) {
        return labels.filter(label -> !label.isWholeInstance() || label.holderType() == null
                || !flow.context.handlers.models().printsNothingPersonal(label.holderType()));
    }

    /** A hit whose data is known here; a store also records the types whose data it keeps. */
    void recordConcrete(SinkReach hit) {
        hit = hit.withLabels(MapKeys.strip(flow.context.labels, hit.labels(), false));
        if (hit.spec().prints()) {
            hit = hit.withLabels(printedLabels(hit.labels()));
        }
        if (!hit.labels().hasData()) {
            return;
        }
        concreteHits.merge(List.of(hit.siteKey(), hit.chain()), hit,
                (known, added) -> known.withLabels(known.labels().union(added.labels())));
        if (flow.context.handlers.sinks().stores(hit.spec())) {
            Set<String> holders = new LinkedHashSet<>();
            for (int i = 0; i < hit.labels().size(); i++) {
                if (hit.labels().label(i).holderType() != null) {
                    holders.add(hit.labels().label(i).holderType());
                }
            }
            // Once per type the hit stores: a hit's many fields of one type are one comparison.
            for (String holder : holders) {
                holderStores.merge(holder, hit, (known, added) -> moreDirect(known, added, holder));
            }
        }
    }

    /**
     * Of two stores of a type's data, the one its data reaches on the shorter path, the first on
     * a tie: a profile saved by its own DAO, not its name copied into a page's properties file.
     *
     * @param known the store found first
     * @param other the store found later
     * @param holderType the type
     * @return the store to name
     */
    static SinkReach moreDirect(SinkReach known, SinkReach other, String holderType) {
        return pathLength(other, holderType) < pathLength(known, holderType) ? other : known;
    }

    private static long pathLength(SinkReach hit, String holderType) {
        long shortest = Long.MAX_VALUE;
        for (int i = 0; i < hit.labels().size(); i++) {
            Witness witness = hit.labels().witness(i);
            if (holderType.equals(hit.labels().label(i).holderType()) && witness != null) {
                shortest = Math.min(shortest, witness.length());
            }
        }
        return shortest;
    }
}
