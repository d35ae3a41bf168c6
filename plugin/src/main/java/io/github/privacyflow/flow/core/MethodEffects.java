package io.github.privacyflow.flow.core;

import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.SinkReach;
import io.github.privacyflow.flow.SinkSpec;
import io.github.privacyflow.flow.Witness;
import io.github.privacyflow.model.MethodModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Data written into a field: parameter labels into the summary, data into the field writes.
     *
     * @param key the field's key
     * @param fieldName the field as a step names it
     * @param labels what is written
     * @param addStep whether the path gains a "stores it in" step (a callee's paths already have it)
     */
    void storeIntoField(String key, String fieldName, LabelSet labels, boolean addStep) {
        LabelSet withStep = labels;
        if (addStep) {
            String stores = "stores it in " + fieldName;
            Anchor at = flow.here("stores in " + fieldName);
            withStep = labels.mapWitnesses(witness -> Witness.then(witness, stores, at));
        }
        LabelSet parameters = withStep.only(Label.Kind.PARAMETER);
        if (!parameters.isEmpty()) {
            summary.addFieldWrite(key, parameters);
        }
        LabelSet concrete = withStep.without(Label.Kind.PARAMETER);
        if (!concrete.isEmpty()) {
            fieldWrites.merge(key, concrete, LabelSet::union);
        }
    }

    /** Data flows into an object: every alias of it, the field it came from, the argument it was. */
    void mutate(TaintValue target, LabelSet labels, int tags) {
        if (target == null || (labels.isEmpty() && tags == 0)) {
            return;
        }
        int objectId = target.objectId;
        if (objectId != 0) {
            TaintFrame current = flow.frame;
            flow.afterExecute.add(() -> current.mutate(objectId, labels, tags));
        }
        if (objectId < 0 && !labels.isEmpty()) {
            summary.addArgumentMutation(-objectId - 1, labels);
        }
        if (target.field != null && !labels.isEmpty() && flow.context.fields.isProgramField(target.field)) {
            storeIntoField(target.field, target.field.substring(target.field.lastIndexOf('/') + 1).replace('#', '.'), labels, true);
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
        LabelSet arrived = labels.mapWitnesses(witness -> Witness.then(witness, sends, at));
        SinkReach hit = SinkReach.at(method, flow.line(), callee, sink, arrived, !flow.frame.consent());
        LabelSet parameters = arrived.only(Label.Kind.PARAMETER);
        if (!parameters.isEmpty()) {
            summary.addParameterHit(hit.withLabels(parameters));
        }
        recordConcrete(hit.withLabels(arrived.without(Label.Kind.PARAMETER)));
        if (flow.context.handlers.sinks().stores(sink) && hit.unconsented()) {
            summary.addUnconsentedStore(hit);
        }
    }

    /** A hit whose data is known here; a store also records the types whose data it keeps. */
    void recordConcrete(SinkReach hit) {
        if (!hit.labels().hasData()) {
            return;
        }
        concreteHits.merge(List.of(hit.siteKey(), hit.chain()), hit,
                (known, added) -> known.withLabels(known.labels().union(added.labels())));
        if (flow.context.handlers.sinks().stores(hit.spec())) {
            for (int i = 0; i < hit.labels().size(); i++) {
                Label label = hit.labels().label(i);
                if (label.holderType() != null) {
                    holderStores.putIfAbsent(label.holderType(), hit);
                }
            }
        }
    }
}
