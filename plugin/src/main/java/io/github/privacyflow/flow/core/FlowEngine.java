package io.github.privacyflow.flow.core;

import io.github.privacyflow.classify.DataClassifier;
import io.github.privacyflow.flow.FlowResult;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.SinkReach;
import io.github.privacyflow.flow.TaintFlow;
import io.github.privacyflow.flow.calls.CallGraph;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.flow.calls.Lambdas;
import io.github.privacyflow.flow.handlers.HandlerContext;
import io.github.privacyflow.flow.handlers.Handlers;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.Diagnostics;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.policy.Policy;
import io.github.privacyflow.run.Budget;
import io.github.privacyflow.run.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;

/**
 * The interprocedural taint analysis: every program method is analysed with its callees'
 * summaries, callees first, and re-analysed when a callee's summary or a field it reads
 * changes, until nothing changes (recursion included). Then the sink hits with known data
 * become findings.
 *
 * <p>No Java recursion follows the analysed program's call chains, so deep or recursive code
 * cannot overflow the stack; methods too large to analyse are approximated and reported.
 */
public final class FlowEngine {

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
    /** The budget warning names this many of the methods it cut; the count covers the rest. */
    private static final int NAMED_IN_WARNING = 5;

    private final DataClassifier classifier;
    private final Policy policy;
    private final String inferredCategory;
    private final Diagnostics diagnostics;
    private final Budget budget;
    private final Progress progress;
    private final Function<HandlerContext, Handlers> handlers;

    /**
     * Creates an engine with the default budget, started now, and no progress output.
     *
     * @param classifier which declarations hold personal data
     * @param policy the agreement (for its sources and sinks)
     * @param inferredCategory the category name-inferred data counts as
     * @param diagnostics where unanalysable code is reported
     */
    public FlowEngine(DataClassifier classifier, Policy policy, String inferredCategory, Diagnostics diagnostics) {
        this(classifier, policy, inferredCategory, diagnostics, Budget.defaults(), Progress.silent());
    }

    /**
     * Creates an engine.
     *
     * @param classifier which declarations hold personal data
     * @param policy the agreement (for its sources and sinks)
     * @param inferredCategory the category name-inferred data counts as
     * @param diagnostics where unanalysable code and a budget that ran out are reported
     * @param budget the module's running budget
     * @param progress where methods analysed are counted
     */
    public FlowEngine(DataClassifier classifier, Policy policy, String inferredCategory, Diagnostics diagnostics, Budget budget,
            Progress progress) {
        this.classifier = classifier;
        this.policy = policy;
        this.inferredCategory = inferredCategory;
        this.diagnostics = diagnostics;
        this.budget = budget;
        this.progress = progress;
        this.handlers = Handlers::builtIn;
    }

    private FlowEngine(FlowEngine engine, Function<HandlerContext, Handlers> handlers) {
        this.classifier = engine.classifier;
        this.policy = engine.policy;
        this.inferredCategory = engine.inferredCategory;
        this.diagnostics = engine.diagnostics;
        this.budget = engine.budget;
        this.progress = engine.progress;
        this.handlers = handlers;
    }

    /**
     * Returns the same engine with handlers beyond the bundled ones, for frameworks the
     * bundled handlers do not know; they come last in precedence.
     *
     * @param extra makes the further handlers for one analysis: each a source handler, sink
     *     handler or library model
     * @return the engine
     */
    FlowEngine withHandlers(Function<HandlerContext, List<?>> extra) {
        return new FlowEngine(this, context -> Handlers.builtIn(context, extra.apply(context)));
    }

    /**
     * Analyses a program. When the budget runs out, the flows found so far are returned and one
     * warning names what was cut.
     *
     * @param programClasses the module's classes and its reactor dependencies', whose code is analysed
     * @param classpath the compile classpath, whose classes are read only for their place in the hierarchy
     * @return the flows found
     */
    public FlowResult analyze(Collection<ClassModel> programClasses, List<Path> classpath) {
        return analyze(programClasses, type -> true, classpath);
    }

    /**
     * Analyses a module whose program includes upstream classes (its reactor dependencies):
     * they are analysed for what their methods do, but every flow is reported in the module's
     * own code. A flow that reaches a sink inside upstream code is reported at the module's own
     * call into that code, its path going on to the sink; a flow wholly inside upstream code is
     * the upstream module's finding and is left to it.
     *
     * @param programClasses the module's classes and its reactor dependencies'
     * @param own which of them are the module's own
     * @param classpath the compile classpath, whose classes are read only for their place in the hierarchy
     * @return the flows found, all located in own classes
     */
    public FlowResult analyze(Collection<ClassModel> programClasses, Predicate<ClassModel> own, List<Path> classpath) {
        try (ClassHierarchy hierarchy = new ClassHierarchy(programClasses, classpath, diagnostics)) {
            FlowContext context = new FlowContext(hierarchy, classifier, policy, inferredCategory, diagnostics, budget, handlers);
            List<MethodModel> methods = new ArrayList<>();
            for (MethodModel method : methodsWithCode(programClasses)) {
                if (context.handlers.models().fieldAccess(method.declaringClass().internalName(), method.name()).isEmpty()) {
                    methods.add(method);
                }
            }
            progress.methodsToAnalyse(methods.size());
            CallGraph graph = CallGraph.build(hierarchy, context.calls, context.fields, methods);
            Cuts cuts = new Cuts();
            Map<MethodModel, MethodFlow> lastRuns = fixedPoint(context, graph, methods, cuts);
            Map<String, List<String>> packagePurposes = new HashMap<>();
            for (ClassModel type : programClasses) {
                if (type.isPackageInfo()) {
                    type.annotation(io.github.privacyflow.model.PrivacyAnnotations.PURPOSE)
                            .ifPresent(purpose -> packagePurposes.put(type.packageName(), purpose.strings("value")));
                }
            }
            FlowResult result = collect(context, graph, methods, lastRuns, packagePurposes, own);
            hierarchy.reportMissing();
            cuts.report(diagnostics, budget, context);
            return result;
        }
    }

    private static List<MethodModel> methodsWithCode(Collection<ClassModel> programClasses) {
        List<MethodModel> methods = new ArrayList<>();
        for (ClassModel type : programClasses) {
            for (MethodModel method : type.methods()) {
                if (!method.isAbstract() && method.node().instructions.size() > 0) {
                    methods.add(method);
                }
            }
        }
        methods.sort(Comparator.comparing(MethodModel::signature));
        return methods;
    }

    /** What the budget cut: methods approximated past their step limit, and the work left when time ran out. */
    private static final class Cuts {
        final Set<MethodModel> overStepLimit = new LinkedHashSet<>();
        final Set<MethodModel> unsettled = new LinkedHashSet<>();
        boolean timedOut;

        void report(Diagnostics diagnostics, Budget budget, FlowContext context) {
            if (overStepLimit.isEmpty() && unsettled.isEmpty() && !timedOut) {
                return;
            }
            List<String> parts = new ArrayList<>();
            if (timedOut) {
                parts.add("it stopped at the module's time limit of " + Budget.format(budget.timeout())
                        + " (privacyflow.timeout) with " + unsettled.size() + " " + (unsettled.size() == 1 ? "method" : "methods")
                        + " not analysed to the end" + named(unsettled, context));
            }
            if (!overStepLimit.isEmpty()) {
                parts.add(overStepLimit.size() + " " + (overStepLimit.size() == 1 ? "method went" : "methods went")
                        + " over the step limit of " + budget.methodSteps() + " per method (privacyflow.methodSteps) and "
                        + (overStepLimit.size() == 1 ? "was" : "were") + " approximated" + named(overStepLimit, context));
            }
            diagnostics.warn(null, "privacyflow: the flow analysis ran out of budget: " + String.join("; ", parts)
                    + ". The findings it found are reported; flow findings may be missing. Raise the limits with -Dprivacyflow.timeout="
                    + Budget.format(budget.timeout().multipliedBy(2)) + " or -Dprivacyflow.methodSteps=" + budget.methodSteps() * 4
                    + ", or leave generated code out with <excludes>.");
        }

        /** Names a few of the methods, entry points first, since those are where users look. */
        private static String named(Set<MethodModel> methods, FlowContext context) {
            List<MethodModel> ordered = new ArrayList<>(methods);
            ordered.sort(Comparator.comparing((MethodModel method) -> !context.handlers.entryPoints().isEntryPoint(method))
                    .thenComparing(MethodModel::signature));
            List<String> names = new ArrayList<>();
            for (MethodModel method : ordered.subList(0, Math.min(NAMED_IN_WARNING, ordered.size()))) {
                names.add((context.handlers.entryPoints().isEntryPoint(method) ? "entry point " : "") + method.displayName());
            }
            if (names.isEmpty()) {
                return "";
            }
            return ": " + String.join(", ", names) + (ordered.size() > names.size() ? " and " + (ordered.size() - names.size())
                    + " more" : "");
        }
    }

    private Map<MethodModel, MethodFlow> fixedPoint(FlowContext context, CallGraph graph, List<MethodModel> methods, Cuts cuts) {
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
            MethodFlow flow = analyzeOne(context, method, approximated, cuts);
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
                LabelSet known = context.fieldTaint.getOrDefault(write.getKey(), LabelSet.EMPTY);
                LabelSet united = context.labels.widen(known.union(write.getValue()), Summary.MAX_DATA_LABELS);
                if (!united.equals(known)) {
                    context.fieldTaint.put(write.getKey(), united);
                    requeue.accept(graph.readersOf(write.getKey()));
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
                MethodFlow flow = analyzeOne(context, method, approximated, cuts);
                if (flow != null) {
                    lastRuns.put(method, flow);
                }
            }
        }
        return lastRuns;
    }

    /** Analyses one method; {@code null} when the module's time ran out during it. */
    private MethodFlow analyzeOne(FlowContext context, MethodModel method, Set<MethodModel> approximated, Cuts cuts) {
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

    private FlowResult collect(FlowContext context, CallGraph graph, List<MethodModel> methods,
            Map<MethodModel, MethodFlow> lastRuns, Map<String, List<String>> packagePurposes, Predicate<ClassModel> own) {
        Map<String, TaintFlow> bySite = new LinkedHashMap<>();
        Map<String, FlowResult.StoreSite> storedTypes = new LinkedHashMap<>();
        Map<MethodModel, FlowResult.StoreSite> entryStores = new LinkedHashMap<>();
        for (MethodModel method : methods) {
            MethodFlow flow = lastRuns.get(method);
            if (flow == null) {
                continue;
            }
            for (SinkReach hit : flow.effects.concreteHits.values()) {
                SinkReach located = own.test(hit.method().declaringClass()) ? hit : placeInOwnCode(context, hit, own);
                if (located != null) {
                    addContext(bySite, located);
                }
            }
            for (Map.Entry<String, SinkReach> store : flow.effects.holderStores.entrySet()) {
                storedTypes.putIfAbsent(store.getKey(), view(store.getValue()));
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
        List<TaintFlow> findings = new ArrayList<>(bySite.values());
        findings.sort(Comparator.comparing((TaintFlow finding) -> finding.method().declaringClass().internalName())
                .thenComparingInt(TaintFlow::line).thenComparing(TaintFlow::callee));
        return new FlowResult(List.copyOf(findings), storedTypes, entryStores, graph.callers(), packagePurposes);
    }

    /**
     * Places a hit at a sink in upstream code at the deepest call from the module's own code
     * into upstream code on its chain; {@code null} when no own method is on the chain.
     */
    private static SinkReach placeInOwnCode(FlowContext context, SinkReach hit, Predicate<ClassModel> own) {
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
        return hit.placedAt(caller, callLine(context, caller, called),
                hit.callee() + " via " + called.declaringClass().simpleName() + "." + called.sourceName());
    }

    /** The line of a method's first call that may run another method; its first line when none is found. */
    private static int callLine(FlowContext context, MethodModel caller, MethodModel called) {
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
        if (!merged && contexts.size() < 32) {
            contexts.add(context);
        }
        bySite.put(key, new TaintFlow(known.method(), known.line(), known.callee(), known.kind(), known.processor(),
                List.copyOf(contexts)));
    }
}
