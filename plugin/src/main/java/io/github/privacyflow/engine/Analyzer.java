package io.github.privacyflow.engine;

import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.finding.PathStep;
import io.github.privacyflow.finding.AnchoredStep;
import io.github.privacyflow.catalog.Catalogs;
import io.github.privacyflow.catalog.NameDictionary;
import io.github.privacyflow.classify.DataClassifier;
import io.github.privacyflow.flow.FlowResult;
import io.github.privacyflow.flow.core.FlowEngine;
import io.github.privacyflow.datamap.DataMap;
import io.github.privacyflow.datamap.DataMapBuilder;
import io.github.privacyflow.model.ClassFileReader;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.Diagnostics;
import io.github.privacyflow.model.PathFilter;
import io.github.privacyflow.model.ProgramModel;
import io.github.privacyflow.model.SourceLocation;
import io.github.privacyflow.policy.Policy;
import io.github.privacyflow.policy.PolicyException;
import io.github.privacyflow.policy.PolicyLoader;
import io.github.privacyflow.rules.FindingCollector;
import io.github.privacyflow.rules.Rule;
import io.github.privacyflow.rules.RuleContext;
import io.github.privacyflow.rules.RuleInfo;
import io.github.privacyflow.run.Budget;
import io.github.privacyflow.run.PhaseTimer;
import io.github.privacyflow.run.Progress;
import io.github.privacyflow.source.SourceIndex;
import io.github.privacyflow.source.Suppression;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs the rules over one module: loads the policy, reads the classes, lets each rule report,
 * then places every finding in its source and sets the suppressed ones apart. Free of Maven types,
 * so tests and other front ends call it directly.
 */
public final class Analyzer {

    /** The policy file name looked up in the module root, then the reactor root. */
    public static final String POLICY_FILE_NAME = "privacyflow-policy.yaml";

    /** How long past the module's time limit a flow analysis that does not stop by itself is waited for. */
    private static final Duration HARD_STOP_GRACE = Duration.ofSeconds(30);

    private final Diagnostics diagnostics;
    private final Consumer<String> progressLines;

    /**
     * Creates an analyser that prints no progress.
     *
     * @param diagnostics where problems with the input are reported as warnings
     */
    public Analyzer(Diagnostics diagnostics) {
        this(diagnostics, line -> { });
    }

    /**
     * Creates an analyser.
     *
     * @param diagnostics where problems with the input are reported as warnings
     * @param progressLines where a line of progress goes on long work, at most one per 5 s
     */
    public Analyzer(Diagnostics diagnostics, Consumer<String> progressLines) {
        this.diagnostics = diagnostics;
        this.progressLines = progressLines;
    }

    /**
     * Analyses a module.
     *
     * @param request what to analyse
     * @return the findings
     * @throws PolicyException when the policy file is missing or malformed; nothing is analysed then
     */
    public AnalysisResult analyze(AnalysisRequest request) throws PolicyException {
        Budget budget = Budget.start(request.timeout(), request.methodSteps());
        Progress progress = Progress.printingTo(progressLines);
        PhaseTimer timer = new PhaseTimer();
        timer.start("read");
        Policy policy = loadPolicy(request);
        ProgramModel program = readClasses(request, progress);
        DataClassifier classifier = new DataClassifier(request.heuristics(), inferredCategory(policy),
                NameDictionary.personalData(), NameDictionary.sensitiveData(), Catalogs.bundled(),
                program);
        timer.start("rules");
        RuleContext context = new RuleContext(program, policy, classifier, Catalogs.bundled(), request.resourceRoots(),
                diagnostics, () -> {
                    // Rules start the flow analysis when they first need it; its time is its own phase.
                    timer.start("flow");
                    try {
                        return analyzeFlowsWithin(budget, () -> analyzeFlows(request, program, policy, classifier, budget, progress));
                    } finally {
                        timer.start("rules");
                    }
                });
        SourceIndex sources = new SourceIndex(request.sourceRoots(), request.sourceEncoding(), diagnostics);
        FindingPlacer placer = new FindingPlacer(sources);
        List<AnchoredFinding> raw = new ArrayList<>();
        for (Rule rule : request.rules()) {
            RuleInfo ruleInfo = rule.info();
            progress.stage("rule " + ruleInfo.id());
            FindingCollector collector = (anchor, message, path, fact) -> raw.add(new AnchoredFinding(ruleInfo, anchor, message, path, fact));
            try {
                rule.check(context, collector);
            } catch (RuntimeException | StackOverflowError e) {
                if (request.failOnRuleCrash()) {
                    throw new RuleCrashException(ruleInfo.id(), e);
                }
                // A rule failing on odd code must not cost the user the other rules' findings.
                diagnostics.warn(request.moduleRoot(), ruleInfo.id() + " could not finish on this module ("
                        + e.getClass().getSimpleName() + "); its findings may be incomplete. Please report this.");
            }
        }
        // Placing findings file by file parses each source once, while only a few stay in memory;
        // files are independent, so both cores place them.
        Map<String, List<AnchoredFinding>> byFile = new TreeMap<>();
        for (AnchoredFinding finding : raw) {
            byFile.computeIfAbsent(placer.fileKey(finding.anchor()), key -> new ArrayList<>()).add(finding);
        }
        progress.stage("placing " + raw.size() + " findings in their sources");
        List<Placed> placed = byFile.values().parallelStream()
                .map(group -> {
                    progress.maybePrint();
                    return place(group, placer);
                })
                .toList();
        Set<Finding> findings = new LinkedHashSet<>();
        Set<Finding> suppressed = new LinkedHashSet<>();
        for (Placed group : placed) {
            findings.addAll(group.reported());
            suppressed.addAll(group.suppressed());
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        List<Finding> sortedSuppressed = new ArrayList<>(suppressed);
        sortedSuppressed.sort(Finding.ORDER);
        if (request.dataMap()) {
            progress.stage("building the data map");
        }
        DataMap dataMap = request.dataMap()
                ? new DataMapBuilder(context, sources::locateQuickly, sources::locateAnnotation).build() : null;
        timer.stop();
        return new AnalysisResult(sorted, sortedSuppressed, policy, program.classes().size(), dataMap, timer.phases());
    }

    /**
     * Runs the flow analysis on a thread of its own and waits for it at most until the budget's
     * deadline and a grace period. The analysis stops itself at the deadline; this is the
     * guarantee that a build never waits on it when something in it does not.
     */
    private FlowResult analyzeFlowsWithin(Budget budget, Callable<FlowResult> flows) {
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "privacyflow-flow");
            thread.setDaemon(true);
            return thread;
        });
        Future<FlowResult> running = executor.submit(flows);
        try {
            Duration wait = budget.remaining().plus(HARD_STOP_GRACE);
            return running.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            diagnostics.warn(null, "privacyflow: the flow analysis did not stop at the module's time limit of "
                    + Budget.format(budget.timeout()) + " (privacyflow.timeout) and was abandoned; no flow findings are reported"
                    + " for this module. Please report this.");
            return FlowResult.empty();
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            return FlowResult.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    private static Placed place(List<AnchoredFinding> group, FindingPlacer placer) {
        List<Finding> reported = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        for (AnchoredFinding finding : group) {
            RuleInfo info = finding.rule();
            List<PathStep> steps = new ArrayList<>();
            for (AnchoredStep step : finding.path()) {
                steps.add(new PathStep(step.description(), placer.locate(step.anchor())));
            }
            Finding located = new Finding(info.id(), info.name(), info.severity(), placer.locate(finding.anchor()),
                    finding.message(), finding.anchor().signature(), steps);
            boolean silenced = Suppression.silences(placer.suppressions(finding.anchor()), info.id());
            if (silenced) {
                suppressed.add(located);
            } else {
                reported.add(located);
                facts.add(finding.fact());
            }
        }
        StrongestRule.Kept kept = StrongestRule.keep(reported, facts);
        return new Placed(Repeats.fold(kept.findings(), kept.facts()), suppressed);
    }

    /** One file's findings, placed: those reported, and those {@code @SuppressWarnings} silenced. */
    private record Placed(List<Finding> reported, List<Finding> suppressed) {
    }

    private Policy loadPolicy(AnalysisRequest request) throws PolicyException {
        if (request.policyFile() != null) {
            return PolicyLoader.load(request.policyFile());
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(request.moduleRoot().resolve(POLICY_FILE_NAME));
        if (request.reactorRoot() != null) {
            candidates.add(request.reactorRoot().resolve(POLICY_FILE_NAME));
        }
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return PolicyLoader.load(candidate);
            }
        }
        return PolicyLoader.loadDefault();
    }

    private ProgramModel readClasses(AnalysisRequest request, Progress progress) {
        Path classes = request.classesDirectory();
        List<ClassModel> read = new ClassFileReader(diagnostics, request.filter()).onEachRead(progress::classRead)
                .readDirectory(classes);
        if (read.isEmpty()) {
            diagnostics.warn(classes, Files.isDirectory(classes)
                    ? "no class files to analyse; is the module compiled?"
                    : "the classes directory does not exist; is the module compiled?");
        }
        return new ProgramModel(read);
    }

    private FlowResult analyzeFlows(AnalysisRequest request, ProgramModel program, Policy policy, DataClassifier classifier,
            Budget budget, Progress progress) {
        List<ClassModel> programClasses = new ArrayList<>(program.classes());
        programClasses.addAll(program.packageInfos());
        // Upstream modules' classes are analysed for what their methods do; findings stay in this module's own code.
        Set<ClassModel> own = Collections.newSetFromMap(new IdentityHashMap<>());
        own.addAll(programClasses);
        ClassFileReader reader = new ClassFileReader(diagnostics, PathFilter.all());
        for (Path dependency : request.reactorDependencies()) {
            programClasses.addAll(Files.isDirectory(dependency) ? reader.readDirectory(dependency) : reader.readJar(dependency));
        }
        return new FlowEngine(classifier, policy, inferredCategory(policy), diagnostics, budget, progress)
                .analyze(programClasses, own::contains, request.classpath());
    }

    private static String inferredCategory(Policy policy) {
        if (policy.categories().containsKey(DataClassifier.INFERRED_CATEGORY) || policy.categories().isEmpty()) {
            return DataClassifier.INFERRED_CATEGORY;
        }
        return policy.categories().keySet().iterator().next();
    }

    private record AnchoredFinding(RuleInfo rule, Anchor anchor, String message, List<AnchoredStep> path, String fact) {
    }

    /** Resolves anchors to positions and suppressions through the lazily parsed sources. */
    private static final class FindingPlacer {
        private final SourceIndex sources;

        FindingPlacer(SourceIndex sources) {
            this.sources = sources;
        }

        /** The file an anchor lands in, to place findings file by file. */
        String fileKey(Anchor anchor) {
            if (anchor instanceof Anchor.AtFile at) {
                return at.location().file().toString();
            }
            ClassModel type = null;
            if (anchor instanceof Anchor.AtElement at) {
                type = at.element().declaringClass();
            } else if (anchor instanceof Anchor.AtAnnotation at) {
                type = at.element().declaringClass();
            } else if (anchor instanceof Anchor.AtCode at) {
                type = at.method().declaringClass();
            }
            return type == null ? "" : type.packageName() + "/" + type.sourceFileName().orElse(type.internalName());
        }

        SourceLocation locate(Anchor anchor) {
            if (anchor instanceof Anchor.AtElement at) {
                return sources.locate(at.element());
            }
            if (anchor instanceof Anchor.AtAnnotation at) {
                return sources.locateAnnotation(at.element(), at.annotationType());
            }
            if (anchor instanceof Anchor.AtCode at) {
                Path file = sources.sourceFileOf(at.method().declaringClass()).orElse(at.method().declaringClass().classFile());
                return new SourceLocation(file, at.line(), sources.columnOfCall(at.method().declaringClass(), at.line(), calledName(at.detail())));
            }
            return ((Anchor.AtFile) anchor).location();
        }

        /** The called name in a code anchor's detail: {@code Logger.info#2} is a call of {@code info}. */
        private static String calledName(String detail) {
            String call = detail.contains(" ") ? detail.substring(detail.lastIndexOf(' ') + 1) : detail;
            int ordinal = call.indexOf('#');
            call = ordinal >= 0 ? call.substring(0, ordinal) : call;
            call = call.endsWith("()") ? call.substring(0, call.length() - 2) : call;
            return call.substring(call.lastIndexOf('.') + 1);
        }

        Set<String> suppressions(Anchor anchor) {
            if (anchor instanceof Anchor.AtElement at) {
                return sources.suppressions(at.element());
            }
            if (anchor instanceof Anchor.AtAnnotation at) {
                return sources.suppressions(at.element());
            }
            if (anchor instanceof Anchor.AtCode at) {
                Set<String> names = new TreeSet<>(sources.suppressionsAt(at.method().declaringClass(), at.line()));
                names.addAll(sources.suppressions(at.method()));
                return names;
            }
            return Set.of();
        }
    }
}
