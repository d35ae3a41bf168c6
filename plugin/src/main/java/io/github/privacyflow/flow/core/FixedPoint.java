package io.github.privacyflow.flow.core;

import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.calls.CallGraph;
import io.github.privacyflow.model.Diagnostics;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.run.Budget;
import io.github.privacyflow.run.Progress;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.AnalyzerException;

/**
 * The interprocedural fixed point: every method is analysed with its callees' current
 * summaries, callees first, and analysed again when a callee's summary or a field it reads
 * changes, until nothing changes (recursion included). A worklist, not Java recursion, follows
 * the program's call chains, so deep or recursive code cannot overflow the stack.
 */
final class FixedPoint {

    /** Frames cost instructions times slots; past this a method is approximated rather than analysed. */
    private static final long MAX_FRAME_CELLS = 40_000_000L;
    /** No method a compiler emits has more: the JVM caps a method's code at 64 KiB. */
    private static final int MAX_INSTRUCTIONS = 100_000;
    /**
     * The widening that bounds the fixed point: a method is analysed at most this many times
     * while summaries settle. A method whose callees change after that is analysed once more at
     * the end, so the flows found in it see its callees' final summaries; only its own summary
     * stops growing. On real code few methods reach it, but in a runtime full of recursion
     * (groovy) each summary would otherwise change a few times per method on the cycle.
     */
    static final int MAX_RUNS_PER_METHOD = 8;

    private final FlowContext context;
    private final CallGraph graph;
    private final Diagnostics diagnostics;
    private final Budget budget;
    private final Progress progress;
    private final BudgetCuts cuts;

    FixedPoint(FlowContext context, CallGraph graph, Progress progress, BudgetCuts cuts) {
        this.context = context;
        this.graph = graph;
        this.diagnostics = context.diagnostics;
        this.budget = context.budget;
        this.progress = progress;
        this.cuts = cuts;
    }

    /**
     * Analyses every method to the fixed point, callees first.
     *
     * @param methods the methods with code, in a stable order
     * @return each method's last run, whose effects are the ones to report
     */
    Map<MethodModel, MethodFlow> run(List<MethodModel> methods) {
        Map<MethodModel, MethodFlow> lastRuns = new HashMap<>();
        LinkedHashSet<MethodModel> queue = new LinkedHashSet<>(graph.calleesFirst(methods));
        Set<MethodModel> approximated = new HashSet<>();
        Map<MethodModel, Integer> runs = new HashMap<>();
        Set<MethodModel> lastPass = new LinkedHashSet<>();
        Consumer<Set<MethodModel>> requeue = changed -> {
            for (MethodModel dependent : changed) {
                if (runs.getOrDefault(dependent, 0) < MAX_RUNS_PER_METHOD) {
                    queue.add(dependent);
                } else {
                    lastPass.add(dependent);
                }
            }
        };
        while (!queue.isEmpty()) {
            if (budget.expired()) {
                cuts.timedOut = true;
                cuts.unsettled.addAll(queue);
                break;
            }
            Iterator<MethodModel> next = queue.iterator();
            MethodModel method = next.next();
            MethodFlow flow = analyzeOne(method, approximated);
            if (flow == null) {
                cuts.timedOut = true;
                cuts.unsettled.addAll(queue);
                break;
            }
            next.remove();
            runs.merge(method, 1, Integer::sum);
            if (lastRuns.put(method, flow) == null) {
                progress.methodAnalysed();
            } else {
                progress.maybePrint();
            }
            Summary previous = context.summaries.get(method);
            Summary joined = flow.effects.summary.joinedOnto(previous).widened(context.labels);
            if (!joined.sameAs(previous)) {
                context.summaries.put(method, joined);
                requeue.accept(graph.callersOf(method));
            }
            for (Map.Entry<String, LabelSet> write : flow.effects.fieldWrites.entrySet()) {
                if (FieldTransfer.typedByTypeVariable(context, write.getKey())) {
                    continue;
                }
                LabelSet known = context.fieldTaint.getOrDefault(write.getKey(), LabelSet.EMPTY);
                LabelSet written = FieldTransfer.fittingData(FieldTransfer.fieldType(context, write.getKey()), write.getValue());
                LabelSet united = context.labels.widen(known.union(written), Summary.MAX_DATA_LABELS);
                if (!united.equals(known)) {
                    context.fieldTaint.put(write.getKey(), united);
                    requeue.accept(graph.readersOf(write.getKey()));
                    requeue.accept(new LinkedHashSet<>(context.readersOf(write.getKey())));
                }
            }
        }
        if (!cuts.timedOut) {
            for (MethodModel method : lastPass) {
                if (budget.expired()) {
                    cuts.timedOut = true;
                    cuts.unsettled.add(method);
                    continue;
                }
                MethodFlow flow = analyzeOne(method, approximated);
                if (flow != null) {
                    lastRuns.put(method, flow);
                }
            }
        }
        return lastRuns;
    }

    /** Analyses one method; {@code null} when the module's time ran out during it. */
    private MethodFlow analyzeOne(MethodModel method, Set<MethodModel> approximated) {
        MethodFlow flow = new MethodFlow(context, method);
        if (approximated.contains(method)) {
            approximate(flow, method);
            return flow;
        }
        long cells = (long) method.node().instructions.size() * (method.node().maxLocals + method.node().maxStack + 1);
        if (cells > MAX_FRAME_CELLS || method.node().instructions.size() > MAX_INSTRUCTIONS) {
            diagnostics.warn(method.declaringClass().classFile(), "method " + method.displayName() + " is too large to follow ("
                    + method.node().instructions.size() + " instructions); its data flows are approximated");
            approximated.add(method);
            approximate(flow, method);
            return flow;
        }
        try {
            flow.run();
        } catch (AnalyzerException | RuntimeException | StackOverflowError e) {
            BudgetExceeded exceeded = BudgetExceeded.in(e);
            if (exceeded != null && exceeded.kind() == BudgetExceeded.Kind.MODULE_TIME) {
                return null;
            }
            if (exceeded != null) {
                cuts.overStepLimit.add(method);
            } else {
                diagnostics.warn(method.declaringClass().classFile(), "cannot follow the data flow of " + method.displayName() + " ("
                        + e.getClass().getSimpleName() + "); its data flows are approximated");
            }
            approximated.add(method);
            flow = new MethodFlow(context, method);
            approximate(flow, method);
        }
        return flow;
    }

    /** What a method we cannot follow does, conservatively: every argument may come back in its result. */
    private static void approximate(MethodFlow flow, MethodModel method) {
        int arguments = Type.getArgumentTypes(method.descriptor()).length + (method.isStatic() ? 0 : 1);
        LabelSet returned = LabelSet.EMPTY;
        for (int i = 0; i < arguments; i++) {
            returned = returned.union(LabelSet.of(flow.parameterLabel(i), null));
        }
        flow.effects.summary.returned = returned;
    }
}
