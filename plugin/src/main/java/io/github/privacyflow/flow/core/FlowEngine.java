package io.github.privacyflow.flow.core;

import io.github.privacyflow.classify.DataClassifier;
import io.github.privacyflow.flow.FlowResult;
import io.github.privacyflow.flow.calls.CallGraph;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.flow.handlers.HandlerContext;
import io.github.privacyflow.flow.handlers.Handlers;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.Diagnostics;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.model.PrivacyAnnotations;
import io.github.privacyflow.policy.Policy;
import io.github.privacyflow.run.Budget;
import io.github.privacyflow.run.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The interprocedural taint analysis, from program classes to the flows the rules judge. It
 * builds the class hierarchy and the call graph ({@code flow.calls}), the handlers that know
 * sources, sinks and library calls ({@code flow.handlers}), runs the {@link FixedPoint} over
 * every method with code, and turns the sink hits with known data into a {@link FlowResult}
 * ({@link FlowCollector}). Accessors that a persistence enhancer generated are modelled, not
 * analysed.
 *
 * <p>No Java recursion follows the analysed program's call chains, so deep or recursive code
 * cannot overflow the stack; methods too large to analyse are approximated and reported, and a
 * budget that runs out is reported once ({@link BudgetCuts}).
 */
public final class FlowEngine {

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
                // An enhancer's accessor is modelled as the field access it stands for; its body would mix every field.
                if (context.handlers.models().fieldAccess(method.declaringClass().internalName(), method.name()).isEmpty()) {
                    methods.add(method);
                }
            }
            progress.methodsToAnalyse(methods.size());
            CallGraph graph = CallGraph.build(hierarchy, context.calls, context.fields, methods, (caller, call) -> context.handlers.models()
                    .callbacks(caller.declaringClass().internalName(), call.owner, call.name, call.desc));
            context.graph = graph;
            BudgetCuts cuts = new BudgetCuts();
            Map<MethodModel, MethodFlow> lastRuns = new FixedPoint(context, graph, progress, cuts).run(methods);
            Map<String, List<String>> packagePurposes = new HashMap<>();
            for (ClassModel type : programClasses) {
                if (type.isPackageInfo()) {
                    type.annotation(PrivacyAnnotations.PURPOSE)
                            .ifPresent(purpose -> packagePurposes.put(type.packageName(), purpose.strings("value")));
                }
            }
            FlowResult result = new FlowCollector(context, graph, own).collect(methods, lastRuns, packagePurposes);
            hierarchy.reportMissing();
            cuts.report(diagnostics, budget, context.handlers.entryPoints());
            return result;
        }
    }

    /** The methods with code, by signature, so every run analyses them in the same order. */
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
}
