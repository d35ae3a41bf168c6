package io.github.privacyflow.flow.core;

import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.SinkReach;
import io.github.privacyflow.flow.Witness;
import io.github.privacyflow.model.MethodModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.objectweb.asm.Type;

/**
 * Applies a callee's summary at a call: the summary speaks of the callee's parameters, and
 * binding replaces each parameter label by what the caller passes there, its path joined to the
 * callee's. The result, the mutations of the arguments, the field writes, the sink hits and the
 * stores before consent all become the caller's.
 */
final class SummaryBinder {

    private final MethodFlow flow;
    private final MethodEffects effects;

    SummaryBinder(MethodFlow flow) {
        this.flow = flow;
        this.effects = flow.effects;
    }

    /** The type of the values that learn what they are from where a callee keeps them. */
    private static final Type TEXT = Type.getType(String.class);

    /** A summary applied at a call, as it was last applied there: the same inputs give the same effects. */
    private record AppliedSummary(Summary callee, List<Object> arguments, boolean consent, LabelSet result,
            Map<Integer, LabelSet> mutations, Map<Integer, LabelSet> learnt) {
    }

    private record CallSite(int instruction, MethodModel target) {
    }

    /**
     * The summaries applied in this run, by call: the analysis interprets a call again on every
     * pass over a loop, and binding a summary is the costliest step of the analysis.
     */
    private final Map<CallSite, AppliedSummary> applied = new HashMap<>();

    /** Forgets the summaries applied in the run that ended: they only save work within one run. */
    void forgetApplied() {
        applied.clear();
    }

    /**
     * Applies a callee's summary at a call: its result in the caller's terms, the data it
     * writes into the arguments and fields, and the sinks and stores the arguments reach. A call
     * that may run more than {@link #MAX_STORE_TARGETS} bodies takes none of their stores.
     */
    LabelSet apply(MethodModel target, Summary callee, List<? extends TaintValue> values, int targetCount) {
        // What the call sees of its arguments: their labels and, for the objects this method knows, their fields.
        List<Object> arguments = new ArrayList<>(values.size() * 2);
        ObjectHeap heapBefore = flow.frame.heap();
        for (TaintValue value : values) {
            arguments.add(value.labels);
            arguments.add(flow.tracks(value.objectId)
                    ? List.of(value.objectId, heapBefore.fieldsOf(value.objectId), heapBefore.escaped(value.objectId)) : 0);
        }
        CallSite site = new CallSite(flow.insnIndex, target);
        AppliedSummary last = applied.get(site);
        if (last != null && last.callee() == callee && last.consent() == flow.frame.consent() && last.arguments().equals(arguments)) {
            // Hits, stores and field writes were recorded the first time; only this frame's aliases and heap need them again.
            last.mutations().forEach((argument, labels) -> effects.mutate(values.get(argument), labels, 0));
            last.learnt().forEach((argument, labels) -> effects.learn(values.get(argument), labels));
            escapeRetained(callee, values);
            writeThrough(callee, values);
            writeArgumentFields(callee, values, "passes it to " + target.declaringClass().simpleName() + "." + target.sourceName() + "()",
                    flow.here("calls " + target.declaringClass().simpleName() + "." + target.sourceName() + "()"));
            return last.result();
        }
        Map<Integer, LabelSet> mutations = new LinkedHashMap<>();
        Map<Integer, LabelSet> learnt = new LinkedHashMap<>();
        LabelSet result = bindSummary(target, callee, values, mutations, targetCount == 1 ? learnt : null,
                targetCount > MAX_STORE_TARGETS);
        applied.put(site, new AppliedSummary(callee, arguments, flow.frame.consent(), result, mutations, learnt));
        return result;
    }

    private LabelSet bindSummary(MethodModel target, Summary callee, List<? extends TaintValue> values,
            Map<Integer, LabelSet> mutations, Map<Integer, LabelSet> learnt, boolean oneOfMany) {
        String name = target.declaringClass().simpleName() + "." + target.sourceName() + "()";
        Anchor anchor = flow.here("calls " + name);
        LabelSet.Builder returned = new LabelSet.Builder();
        String returnedBy = "returned by " + name;
        String passes = "passes it to " + name;
        for (int i = 0; i < callee.returned.size(); i++) {
            Label label = callee.returned.label(i);
            if (label.kind() == Label.Kind.PARAMETER) {
                if (label.index() < values.size()) {
                    returned.addAll(MapKeys.bind(flow.context.labels, label, values.get(label.index()).labels));
                }
            } else if (label.kind() == Label.Kind.FIELD) {
                if (label.index() < values.size()) {
                    LabelSet held = MapKeys.bind(flow.context.labels, label, flow.fields.bindField(values.get(label.index()), label));
                    for (int h = 0; h < held.size(); h++) {
                        returned.add(held.label(h), Witness.call(held.witness(h), passes, anchor, callee.returned.witness(i)));
                    }
                }
            } else {
                returned.add(label, Witness.then(callee.returned.witness(i), returnedBy, anchor));
            }
        }
        LabelSet result = returned.build();
        escapeRetained(callee, values);
        writeArgumentFields(callee, values, passes, anchor);
        writeThrough(callee, values);
        if (learnt != null) {
            learnFromStores(callee, values, learnt, anchor);
        }
        boolean argumentsCarryLabels = false;
        boolean readsFields = callee.bindsFields();
        for (TaintValue value : values) {
            // An object this method knows may carry nothing itself and hold data in its fields.
            argumentsCarryLabels |= !value.labels.isEmpty() || readsFields && flow.tracks(value.objectId);
        }
        if (!argumentsCarryLabels) {
            // Mutations, field writes and sink hits of a summary are in terms of its parameters
            // and their fields: with nothing passed in, they bring nothing here but the stores' own data.
            recordCalleeStores(callee, values, passes, anchor, oneOfMany);
            return result;
        }
        for (Map.Entry<Integer, LabelSet> mutation : callee.argumentMutations.entrySet()) {
            if (mutation.getKey() < values.size()) {
                LabelSet into = bind(mutation.getValue(), values, passes, anchor);
                mutations.put(mutation.getKey(), into);
                effects.mutate(values.get(mutation.getKey()), into, 0);
            }
        }
        for (Map.Entry<Summary.ArgumentField, LabelSet> write : callee.argumentFieldWrites.entrySet()) {
            writeArgumentField(write.getKey(), write.getValue(), values, passes, anchor);
        }
        for (Map.Entry<String, LabelSet> write : callee.fieldWrites.entrySet()) {
            String field = write.getKey();
            // A field keeps the first path of each label: only labels it does not hold yet are worth a path.
            LabelSet global = flow.context.fieldTaint.getOrDefault(field, LabelSet.EMPTY);
            LabelSet local = effects.fieldWrites.getOrDefault(field, LabelSet.EMPTY);
            LabelSet inSummary = effects.summary.fieldWrites.getOrDefault(field, LabelSet.EMPTY);
            LabelSet written = bind(write.getValue(), values, passes, anchor,
                    label -> global.contains(label) || local.contains(label) || inSummary.contains(label));
            if (!written.isEmpty()) {
                // The callee's path already ends with its "stores it in" step.
                effects.storeIntoField(field, flow.context.fieldName(field), written, false);
            }
        }
        for (SinkReach hit : callee.parameterHits.values()) {
            LabelSet bound = bind(hit.labels().symbolic(), values, passes, anchor);
            if (bound.isEmpty()) {
                continue;
            }
            SinkReach here = hit.fromCaller(flow.method, bound, flow.frame.consent());
            LabelSet parameters = bound.symbolic();
            if (!parameters.isEmpty()) {
                effects.summary.addParameterHit(here.withLabels(parameters));
            }
            LabelSet concrete = bound.only(Label.Kind.DATA);
            if (effects.resolvesFieldsHere() && flow.context.uncalled(flow.method)) {
                // Through a field of this method's argument, in a method nothing in the program
                // calls: no caller binds it, so it is what the program writes into that field anywhere.
                concrete = concrete.union(effects.resolveFieldsGlobally(bound.only(Label.Kind.FIELD)));
            }
            effects.recordConcrete(here.withLabels(concrete));
        }
        recordCalleeStores(callee, values, passes, anchor, oneOfMany);
        return result;
    }

    /**
     * A call that class hierarchy resolves to more than this many bodies runs one of them, chosen
     * by the object: a store that only some of them make is not one this method's request makes
     * (a wiki's workflow step that saves a profile is not reached from every step's caller).
     */
    static final int MAX_STORE_TARGETS = 2;

    /** A callee's stores before consent are this method's too, unless consent was given before the call. */
    private void recordCalleeStores(Summary callee, List<? extends TaintValue> values, String passes, Anchor anchor,
            boolean oneOfMany) {
        if (flow.frame.consent() || oneOfMany) {
            return;
        }
        for (SinkReach store : callee.unconsentedStores.values()) {
            LabelSet bound = bind(store.labels().symbolic(), values, passes, anchor)
                    .union(store.labels().only(Label.Kind.DATA));
            if (!bound.isEmpty()) {
                effects.summary.addUnconsentedStore(store.fromCaller(flow.method, bound, false));
            }
        }
    }

    /** The objects the callee may write through the values passed to it. */
    private void writeThrough(Summary callee, List<? extends TaintValue> values) {
        for (int argument : callee.writesThrough) {
            if (argument < values.size()) {
                flow.writtenThrough(values.get(argument));
            }
        }
    }

    /** A caller's new object handed to a method that keeps or returns it is no longer one only the caller names. */
    private void escapeRetained(Summary callee, List<? extends TaintValue> values) {
        for (int argument : callee.retainedArguments()) {
            if (argument < values.size()) {
                flow.escape(values.get(argument));
            }
        }
        // A container the callee adds to holds more than this method's slots say.
        for (int argument : callee.argumentMutations.keySet()) {
            if (argument < values.size()) {
                flow.escape(values.get(argument));
            }
        }
    }

    /**
     * What the callee's parameters carry into a field of an object it was passed: that object's
     * own while it is new here and has not escaped, else the program-wide field table's (or, for
     * this method's own argument, its callers' to place).
     */
    private void writeArgumentField(Summary.ArgumentField target, LabelSet labels, List<? extends TaintValue> values, String passes,
            Anchor anchor) {
        if (target.argument() >= values.size()) {
            return;
        }
        LabelSet written = bind(labels, values, passes, anchor);
        if (written.isEmpty()) {
            return;
        }
        int objectId = values.get(target.argument()).objectId;
        if (flow.unpublished(objectId)) {
            flow.writeUnpublished(objectId, target.field(), written);
            return;
        }
        flow.escape(objectId);
        int argument = MethodFlow.argumentOf(objectId);
        // The callee's path already ends with its "stores it in" step.
        effects.storeIntoField(target.field(), flow.context.fieldName(target.field()), written, false, argument);
    }

    /**
     * What a text passed to the callee is, learnt from where the callee keeps it: a value kept in
     * a personal field is that field's data, whatever the variable the caller holds it in is
     * called. JSPWiki's {@code lockPage(page, user)} makes a {@code PageLock} whose
     * {@code m_locker} is {@code user}, then logs {@code user}: the locking user's name.
     *
     * <p>Only where it is certain: the call has one target; the callee always keeps that argument
     * and nothing else in the field (a constructor's or a setter's {@code this.x = x}, not
     * {@code this.email = local + "@" + domain}, whose parts are no e-mail address); the text
     * carries no data yet, is no constant of the code, and was neither read from the
     * configuration nor made at random; and the field's own name or annotation makes it personal
     * ({@link io.github.privacyflow.flow.handlers.SourceHandler#keptAs}). Only the aliases in this
     * method's frame learn it, from the call on: a constructor handing its parameter to another
     * constructor does not teach its callers, whose own names and sources say more.
     */
    private void learnFromStores(Summary callee, List<? extends TaintValue> values, Map<Integer, LabelSet> learnt, Anchor anchor) {
        if (callee.argumentFields.isEmpty() || values.stream().noneMatch(value -> TEXT.equals(value.type) && !value.labels.hasData())) {
            // Nothing can learn: the common case, decided before the callee's facts are walked.
            return;
        }
        for (Map<String, Summary.FieldFact> fields : callee.argumentFields.values()) {
            fields.forEach((field, fact) -> {
                if (fact.definite()) {
                    learnFromStore(field, fact.labels(), values, learnt, anchor);
                }
            });
        }
    }

    private void learnFromStore(String field, LabelSet labels, List<? extends TaintValue> values, Map<Integer, LabelSet> learnt,
            Anchor anchor) {
        // Exactly one argument, and no field of one: what the callee's own names say of it may come along.
        int argument = -1;
        for (Label label : labels.labels()) {
            if (label.kind() == Label.Kind.FIELD || label.kind() == Label.Kind.PARAMETER && argument >= 0) {
                return;
            }
            if (label.kind() == Label.Kind.PARAMETER) {
                argument = label.index();
            }
        }
        if (argument < 0 || argument >= values.size()) {
            return;
        }
        TaintValue passed = values.get(argument);
        int kept = argument;
        if (passed.labels.hasData() || passed.constant != null || !TEXT.equals(passed.type)
                || flow.context.handlers.models().readFromSettings(passed.tags) || flow.context.handlers.models().madeAtRandom(passed.tags)) {
            return;
        }
        flow.context.handlers.sources().keptAs(field).ifPresent(held -> {
            LabelSet known = LabelSet.of(held, Witness.start("is kept as " + flow.context.fieldName(field), anchor));
            learnt.merge(kept, known, LabelSet::union);
            effects.learn(passed, known);
        });
    }

    /** The callee's writes into its arguments' fields, made into the caller's objects it knows. */
    private void writeArgumentFields(Summary callee, List<? extends TaintValue> values, String passes, Anchor anchor) {
        for (Map.Entry<Integer, Map<String, Summary.FieldFact>> argument : callee.argumentFields.entrySet()) {
            if (argument.getKey() >= values.size() || !flow.tracks(values.get(argument.getKey()).objectId)) {
                continue;
            }
            writeFields(values.get(argument.getKey()).objectId, argument.getValue(), values, passes, anchor);
        }
    }

    /**
     * Writes a callee's field facts into one of the caller's objects: a field the callee always
     * writes replaces what it held.
     */
    void writeFields(int objectId, Map<String, Summary.FieldFact> facts, List<? extends TaintValue> values, String passes,
            Anchor anchor) {
        ObjectHeap heap = flow.frame.heap();
        boolean unpublished = flow.unpublished(objectId);
        for (Map.Entry<String, Summary.FieldFact> field : facts.entrySet()) {
            Summary.FieldFact fact = field.getValue();
            LabelSet bound = bind(fact.labels(), values, passes, anchor);
            Type type = fact.type() == null ? Type.getObjectType("java/lang/Object") : fact.type();
            heap = heap.write(objectId, field.getKey(), TaintValue.of(type, bound, 0), fact.definite(), flow::join);
            if (unpublished) {
                flow.writeUnpublished(objectId, field.getKey(), bound);
            }
        }
        flow.frame.setHeap(heap);
    }

    /** Replaces parameter labels by what the caller passes, keeping the callee's path after the call. */
    private LabelSet bind(LabelSet labels, List<? extends TaintValue> values, String passes, Anchor anchor) {
        return bind(labels, values, passes, anchor, label -> false);
    }

    /** Binds like {@link #bind(LabelSet, List, String, Anchor)}, leaving out the labels the target already holds. */
    private LabelSet bind(LabelSet labels, List<? extends TaintValue> values, String passes, Anchor anchor, Predicate<Label> known) {
        LabelSet.Builder bound = new LabelSet.Builder();
        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.label(i);
            if (!label.isSymbolic()) {
                bound.add(label, labels.witness(i));
                continue;
            }
            if (label.index() >= values.size()) {
                continue;
            }
            Witness calleePath = labels.witness(i);
            TaintValue passed = values.get(label.index());
            LabelSet argument = MapKeys.bind(flow.context.labels, label,
                    label.kind() == Label.Kind.FIELD ? flow.fields.bindField(passed, label) : passed.labels);
            for (int a = 0; a < argument.size(); a++) {
                if (!known.test(argument.label(a))) {
                    bound.add(argument.label(a), Witness.call(argument.witness(a), passes, anchor, calleePath));
                }
            }
        }
        return bound.build();
    }
}
