package io.github.privacyflow.flow.core;

import io.github.privacyflow.flow.FlowResult;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.SinkReach;
import io.github.privacyflow.flow.TaintFlow;
import io.github.privacyflow.flow.calls.CallGraph;
import io.github.privacyflow.flow.calls.DeadCode;
import io.github.privacyflow.flow.calls.Lambdas;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.MethodModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Turns what the fixed point found into the result the rules read: the sink hits with known
 * data, merged per sink site with one context per call chain; the types whose data reaches a
 * store; and the entry points that store data before any consent gate. A hit inside upstream
 * (reactor dependency) code is placed at the module's own call into that code.
 */
final class FlowCollector {

    /** A site keeps this many calling contexts; more would repeat the finding without adding to it. */
    private static final int MAX_CONTEXTS = 32;

    private final FlowContext context;
    private final CallGraph graph;
    private final Predicate<ClassModel> own;

    FlowCollector(FlowContext context, CallGraph graph, Predicate<ClassModel> own) {
        this.context = context;
        this.graph = graph;
        this.own = own;
    }

    /**
     * Turns the last runs' hits into the result.
     *
     * @param methods the methods analysed, in a stable order
     * @param lastRuns each method's last run
     * @param packagePurposes the {@code @Purpose} of each package that declares one
     * @return the result, every flow located in own code
     */
    FlowResult collect(List<MethodModel> methods, Map<MethodModel, MethodFlow> lastRuns, Map<String, List<String>> packagePurposes) {
        Map<String, TaintFlow> bySite = new LinkedHashMap<>();
        Map<String, FlowResult.StoreSite> storedTypes = new LinkedHashMap<>();
        Map<MethodModel, FlowResult.StoreSite> entryStores = new LinkedHashMap<>();
        Map<String, SinkReach> chosenStores = new LinkedHashMap<>();
        DeadCode deadCode = new DeadCode(context.hierarchy, graph, methods);
        for (MethodModel method : methods) {
            MethodFlow flow = lastRuns.get(method);
            if (flow == null || deadCode.isDead(method)) {
                continue;
            }
            for (SinkReach hit : flow.effects.concreteHits.values()) {
                SinkReach located = own.test(hit.method().declaringClass()) ? hit : placeInOwnCode(hit);
                if (located != null) {
                    addContext(bySite, located);
                }
            }
            for (Map.Entry<String, SinkReach> store : flow.effects.holderStores.entrySet()) {
                chosenStores.merge(store.getKey(), store.getValue(), (known, added) -> MethodEffects.moreDirect(known, added, store.getKey()));
            }
            if (own.test(method.declaringClass()) && context.handlers.entryPoints().isEntryPoint(method)) {
                Summary summary = context.summaries.getOrDefault(method, Summary.EMPTY);
                for (SinkReach store : summary.unconsentedStores.values()) {
                    if (store.labels().hasData()) {
                        entryStores.put(method, view(store.withLabels(store.labels().only(Label.Kind.DATA))));
                        break;
                    }
                }
            }
        }
        chosenStores.forEach((type, store) -> storedTypes.put(type, view(store)));
        Map<String, LabelSet> fieldData = new TreeMap<>();
        context.fieldTaint.forEach((key, labels) -> {
            if (context.fields.isProgramField(key) && labels.hasData()) {
                fieldData.put(key, labels.only(Label.Kind.DATA));
            }
        });
        List<TaintFlow> findings = new ArrayList<>();
        for (TaintFlow flow : bySite.values()) {
            findings.add(strongestEvidence(flow));
        }
        findings.sort(Comparator.comparing((TaintFlow finding) -> finding.method().declaringClass().internalName())
                .thenComparingInt(TaintFlow::line).thenComparing(TaintFlow::callee));
        return new FlowResult(List.copyOf(findings), storedTypes, entryStores, graph.callers(), packagePurposes, fieldData);
    }

    /**
     * A site that declared data reaches names only that data: a parameter's or a library
     * getter's name adds nothing to it but a second, vaguer name for the same value.
     */
    private static TaintFlow strongestEvidence(TaintFlow flow) {
        boolean declared = false;
        boolean weak = false;
        for (TaintFlow.Context context : flow.contexts()) {
            for (Label label : context.data().labels()) {
                if (label.kind() == Label.Kind.DATA) {
                    declared |= !label.source().weak();
                    weak |= label.source().weak();
                }
            }
        }
        if (!declared || !weak) {
            return flow;
        }
        List<TaintFlow.Context> contexts = new ArrayList<>();
        for (TaintFlow.Context context : flow.contexts()) {
            LabelSet strong = context.data().filter(label -> label.kind() != Label.Kind.DATA || !label.source().weak());
            if (strong.hasData()) {
                contexts.add(new TaintFlow.Context(context.chain(), strong));
            }
        }
        return new TaintFlow(flow.method(), flow.line(), flow.callee(), flow.kind(), flow.processor(), List.copyOf(contexts));
    }

    /**
     * Places a hit at a sink in upstream code at the deepest call from the module's own code
     * into upstream code on its chain; {@code null} when no own method is on the chain.
     */
    private SinkReach placeInOwnCode(SinkReach hit) {
        List<MethodModel> chain = hit.chain();
        int deepestOwn = -1;
        for (int i = 0; i < chain.size(); i++) {
            if (own.test(chain.get(i).declaringClass())) {
                deepestOwn = i;
            }
        }
        if (deepestOwn < 0 || deepestOwn + 1 >= chain.size()) {
            return null;
        }
        MethodModel caller = chain.get(deepestOwn);
        MethodModel called = chain.get(deepestOwn + 1);
        // The callee text ends with the call made here, which is also where the column is looked up.
        return hit.placedAt(caller, callLine(caller, called),
                hit.callee() + " via " + called.declaringClass().simpleName() + "." + called.sourceName());
    }

    /** The line of a method's first call that may run another method; its first line when none is found. */
    private int callLine(MethodModel caller, MethodModel called) {
        int line = 0;
        for (AbstractInsnNode insn : caller.node().instructions) {
            if (insn instanceof LineNumberNode number) {
                line = number.line;
            } else if (insn instanceof MethodInsnNode call
                    && context.calls.targets(call.getOpcode(), call.owner, call.name, call.desc).contains(called)) {
                return line;
            } else if (insn instanceof InvokeDynamicInsnNode dynamic && Lambdas.refersTo(dynamic, called)) {
                return line;
            }
        }
        return caller.firstLine();
    }

    private static FlowResult.StoreSite view(SinkReach hit) {
        return new FlowResult.StoreSite(hit.method(), hit.line(), hit.callee(), hit.spec().kind(), hit.labels());
    }

    /** Hits at one site merge; each distinct chain of methods is a calling context of its own. */
    private static void addContext(Map<String, TaintFlow> bySite, SinkReach hit) {
        String key = hit.siteKey();
        TaintFlow known = bySite.get(key);
        TaintFlow.Context context = new TaintFlow.Context(hit.chain(), hit.labels());
        if (known == null) {
            bySite.put(key, new TaintFlow(hit.method(), hit.line(), hit.callee(), hit.spec().kind(), hit.spec().processor(),
                    List.of(context)));
            return;
        }
        List<TaintFlow.Context> contexts = new ArrayList<>(known.contexts());
        boolean merged = false;
        for (int i = 0; i < contexts.size(); i++) {
            if (contexts.get(i).chain().equals(hit.chain())) {
                contexts.set(i, new TaintFlow.Context(hit.chain(), contexts.get(i).data().union(hit.labels())));
                merged = true;
            }
        }
        if (!merged && contexts.size() < MAX_CONTEXTS) {
            contexts.add(context);
        }
        bySite.put(key, new TaintFlow(known.method(), known.line(), known.callee(), known.kind(), known.processor(),
                List.copyOf(contexts)));
    }
}
