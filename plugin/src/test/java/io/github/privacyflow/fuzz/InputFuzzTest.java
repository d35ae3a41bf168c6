package io.github.privacyflow.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.privacyflow.engine.AnalysisRequest;
import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.engine.Analyzer;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.fuzz.FuzzCase.Kind;
import io.github.privacyflow.model.Diagnostics;
import io.github.privacyflow.policy.PolicyException;
import io.github.privacyflow.policy.PolicyWarning;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds the engine mutated class files, Java sources, policies and logging configurations, and
 * checks what SPEC §8 promises of bad input: no exception escapes and nothing hangs, the
 * analysis completes, a bad file becomes exactly one diagnostic naming it, and the findings of
 * the good files beside it are still reported.
 *
 * <p>Each case writes a small project: an anchor class with one known PF001 finding, and the
 * mutated file in place of a good one. It then analyses it through {@link Analyzer}, as the
 * Maven goals do. Cases are spread evenly over the four kinds of input.
 *
 * <p>System properties: {@code privacyflow.fuzz.cases} (default 1,000; the {@code fuzz} profile
 * sets 10,000), {@code privacyflow.fuzz.seed} (default {@value #DEFAULT_SEED}),
 * {@code privacyflow.fuzz.case} (run only that case, to replay a failure),
 * {@code privacyflow.fuzz.timeout} (seconds per case, default 60) and
 * {@code privacyflow.fuzz.threads} (cases run at once, default one per core). A failing case's
 * project is kept under {@code target/fuzz-failures/seed-<seed>-case-<n>/}.
 */
@Tag("fuzz")
class InputFuzzTest {

    static final long DEFAULT_SEED = 20_240_610L;
    private static final int MAX_FAILURES_SHOWN = 10;
    /** Rules whose findings are placed through the syntax tree, so a source they land in is parsed. */
    private static final Set<String> DECLARATION_RULES = Set.of("PF001", "PF002", "PF006", "PF007", "PF008", "PF009", "PF010");

    private static final long SEED = Long.getLong("privacyflow.fuzz.seed", DEFAULT_SEED);
    private static final int CASES = Integer.getInteger("privacyflow.fuzz.cases", 1_000);
    private static final Integer ONLY_CASE = Integer.getInteger("privacyflow.fuzz.case");
    private static final Duration CASE_TIMEOUT = Duration.ofSeconds(Long.getLong("privacyflow.fuzz.timeout", 60));
    private static final int THREADS = Integer.getInteger("privacyflow.fuzz.threads", Runtime.getRuntime().availableProcessors());

    @TempDir
    static Path folder;

    /** The cases of each known, tolerated weakness (see {@link #missingClass} and {@link #perMethodFlowWarnings}). */
    private static final Map<String, NavigableSet<Integer>> TOLERATED = new ConcurrentSkipListMap<>();

    private static SeedCorpus corpus;
    /** Runs each analysis, so a case that does not finish can be given up. */
    private static ExecutorService analyses;
    /** Each source seed's findings in the intact project, by source path. */
    private static final Map<String, List<Finding>> BASELINES = new ConcurrentHashMap<>();

    @BeforeAll
    static void seeds() throws IOException {
        long started = System.nanoTime();
        corpus = SeedCorpus.build(folder.resolve("seeds"));
        System.out.println("fuzz seeds: " + corpus.classFiles.size() + " class files, " + corpus.javaSources.size() + " sources, "
                + corpus.policies.size() + " policies, " + corpus.loggingConfigs.size() + " logging configurations in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        analyses = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fuzz-case");
            thread.setDaemon(true);
            return thread;
        });
    }

    @AfterAll
    static void stop() {
        analyses.shutdownNow();
    }

    @Test
    void classFiles() {
        fuzz(Kind.CLASS_FILE);
    }

    @Test
    void javaSources() {
        fuzz(Kind.JAVA_SOURCE);
    }

    @Test
    void policies() {
        fuzz(Kind.POLICY);
    }

    @Test
    void loggingConfigs() {
        fuzz(Kind.LOGGING_CONFIG);
    }

    private void fuzz(Kind kind) {
        long started = System.nanoTime();
        List<Future<CaseResult>> cases = new ArrayList<>();
        // Cases are independent, each in a project of its own: they run on as many threads as the
        // machine has cores, which also has the engine's shared caches used from several threads,
        // as under mvn -T.
        ExecutorService workers = Executors.newFixedThreadPool(THREADS);
        try {
            for (int number = kind.ordinal(); number < CASES; number += Kind.values().length) {
                if (ONLY_CASE == null || ONLY_CASE == number) {
                    int caseNumber = number;
                    cases.add(workers.submit(() -> fuzzOne(kind, caseNumber)));
                }
            }
            List<String> failures = new ArrayList<>();
            int bad = 0;
            for (Future<CaseResult> future : cases) {
                CaseResult outcome = future.get();
                bad += outcome.certainlyBad() ? 1 : 0;
                if (outcome.failure() != null) {
                    failures.add(outcome.failure());
                }
            }
            System.out.println("fuzz " + kind + ": " + cases.size() + " cases, " + bad + " certainly bad, " + failures.size()
                    + " failed, tolerated so far " + tolerated()
                    + " (seed " + SEED + ", " + THREADS + " threads) in " + (System.nanoTime() - started) / 1_000_000
                    + " ms, process CPU " + processCpuMillis() + " ms so far");
            if (!failures.isEmpty()) {
                fail(failures.size() + " of " + cases.size() + " " + kind + " cases failed; the first " + Math.min(failures.size(), MAX_FAILURES_SHOWN)
                        + ":\n\n" + String.join("\n\n", failures.subList(0, Math.min(failures.size(), MAX_FAILURES_SHOWN))));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    /** What one case gave: whether its input was certainly bad, and its failure report or {@code null}. */
    private record CaseResult(boolean certainlyBad, String failure) {
    }

    private CaseResult fuzzOne(Kind kind, int number) {
        long caseStart = System.nanoTime();
        FuzzCase generated;
        Outcome outcome;
        try {
            generated = generate(kind, number);
            outcome = runCase(generated);
        } catch (RuntimeException | StackOverflowError e) {
            // The fuzz test's own fault, not the engine's; still named by seed and case, so it can be replayed.
            return new CaseResult(false, "FAILED seed " + SEED + ", case " + number + " (" + kind + "): the fuzz test itself failed: "
                    + stackTrace(e));
        }
        long ms = (System.nanoTime() - caseStart) / 1_000_000;
        if (ms > 2_000) {
            System.out.println("slow " + ms + " ms: " + generated.describe());
        }
        return new CaseResult(outcome.certainlyBad(), outcome.violations().isEmpty() ? null : outcome.report());
    }

    // ---- generating a case ----

    private FuzzCase generate(Kind kind, int number) {
        SplittableRandom random = FuzzCase.random(SEED, number);
        List<String> log = new ArrayList<>();
        // Mostly one mutation: each added one makes a merely odd input more likely to be plainly broken.
        int rounds = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1;
        return switch (kind) {
            case CLASS_FILE -> {
                SeedCorpus.Seed seed = corpus.classFiles.get(random.nextInt(corpus.classFiles.size()));
                byte[] content = seed.content();
                for (int i = 0; i < rounds; i++) {
                    content = random.nextInt(5) < 3 ? ClassFileMutations.any(random, content, log) : ByteMutations.any(random, content, log);
                }
                yield new FuzzCase(SEED, number, kind, seed.path(), "target/classes/" + seed.path(), log, content);
            }
            case JAVA_SOURCE -> {
                SeedCorpus.SourceSeed seed = corpus.javaSources.get(random.nextInt(corpus.javaSources.size()));
                byte[] content = seed.content();
                for (int i = 0; i < rounds; i++) {
                    content = TextMutations.any(random, content, TextMutations.Syntax.JAVA, log);
                }
                yield new FuzzCase(SEED, number, kind, seed.path(), "src/main/java/" + seed.path(), log, content);
            }
            case POLICY -> {
                SeedCorpus.Seed seed = corpus.policies.get(random.nextInt(corpus.policies.size()));
                byte[] content = seed.content();
                for (int i = 0; i < rounds; i++) {
                    content = TextMutations.any(random, content, TextMutations.Syntax.YAML, log);
                }
                yield new FuzzCase(SEED, number, kind, seed.path(), Analyzer.POLICY_FILE_NAME, log, content);
            }
            case LOGGING_CONFIG -> {
                SeedCorpus.Seed seed = corpus.loggingConfigs.get(random.nextInt(corpus.loggingConfigs.size()));
                byte[] content = seed.content();
                for (int i = 0; i < rounds; i++) {
                    content = TextMutations.any(random, content, TextMutations.Syntax.XML, log);
                }
                // Now and then a configuration under the other library's name, as after a migration.
                String name = random.nextInt(10) == 0 ? (seed.path().startsWith("logback") ? "log4j2.xml" : "logback.xml")
                        : random.nextInt(4) == 0 ? seed.path().replace(".xml", "-spring.xml") : seed.path();
                yield new FuzzCase(SEED, number, kind, seed.path(), "src/main/resources/" + name, log, content);
            }
        };
    }

    // ---- running a case ----

    /** A diagnostic as the engine gave it. */
    private record Warning(Path file, int line, String problem) {
        @Override
        public String toString() {
            return Diagnostics.format(file, line, problem);
        }
    }

    /** What one case did, and what it broke. */
    private record Outcome(FuzzCase fuzzCase, boolean certainlyBad, List<String> violations, Path saved) {
        String report() {
            return "FAILED " + fuzzCase.describe() + "\n  " + String.join("\n  ", violations)
                    + "\n  input kept in " + saved
                    + "\n  replay: mvn -B -ntp -pl plugin -am test -Dtest=InputFuzzTest -Dsurefire.failIfNoSpecifiedTests=false"
                    + " -Dprivacyflow.fuzz.seed=" + fuzzCase.seed() + " -Dprivacyflow.fuzz.case=" + fuzzCase.number();
        }
    }

    private Outcome runCase(FuzzCase fuzzCase) {
        Path project = folder.resolve("cases").resolve("case-" + fuzzCase.number());
        SplittableRandom random = FuzzCase.random(SEED ^ 0x5A5A5A5AL, fuzzCase.number());
        String companion = writeProject(project, fuzzCase, random);
        Path target = project.resolve(fuzzCase.targetPath()).toAbsolutePath().normalize();
        boolean certainlyBad = switch (fuzzCase.kind()) {
            case CLASS_FILE -> Oracles.unreadableClass(fuzzCase.content());
            // A source the engine only reads as text gets a diagnostic only for its encoding: no parse needed to know.
            case JAVA_SOURCE -> parsedByEngine(companion) ? Oracles.unparsableJava(fuzzCase.content()) : Oracles.notUtf8(fuzzCase.content());
            case POLICY -> Oracles.unparsableYaml(fuzzCase.content());
            case LOGGING_CONFIG -> Oracles.malformedXml(fuzzCase.content());
        };
        List<Warning> warnings = Collections.synchronizedList(new ArrayList<>());
        AnalysisRequest request = AnalysisRequest.builder(project)
                .classpathEntry(corpus.classes)
                .dataMap(random.nextBoolean())
                .build();
        List<String> violations = new ArrayList<>();
        AnalysisResult result = null;
        PolicyException policyFailure = null;
        Future<AnalysisResult> running = analyses.submit(() -> new Analyzer((file, line, problem) -> warnings.add(new Warning(file, line, problem)))
                .analyze(request));
        try {
            result = running.get(CASE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            violations.add("the analysis did not finish within " + CASE_TIMEOUT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PolicyException policy && fuzzCase.kind() == Kind.POLICY) {
                policyFailure = policy;
            } else {
                violations.add("an exception escaped: " + stackTrace(e.getCause()));
            }
        }
        if (violations.isEmpty()) {
            check(fuzzCase, target, certainlyBad, companion, List.copyOf(warnings), result, policyFailure, violations);
        }
        Path saved = null;
        if (!violations.isEmpty()) {
            saved = save(project, fuzzCase, violations, warnings);
        }
        deleteTree(project);
        return new Outcome(fuzzCase, certainlyBad, violations, saved);
    }

    /**
     * Writes the case's project: the anchor, the mutated file and what it needs beside it.
     *
     * @return the intact source seed analysed beside a policy, or the mutated source's path
     */
    private String writeProject(Path project, FuzzCase fuzzCase, SplittableRandom random) {
        copy(corpus.classes.resolve(SeedCorpus.ANCHOR_CLASS), project.resolve("target/classes").resolve(SeedCorpus.ANCHOR_CLASS));
        copy(corpus.sources.resolve(SeedCorpus.ANCHOR_SOURCE), project.resolve("src/main/java").resolve(SeedCorpus.ANCHOR_SOURCE));
        String companion = null;
        switch (fuzzCase.kind()) {
            case CLASS_FILE -> {
                String source = SeedCorpus.sourceOf(fuzzCase.seedPath(), read(corpus.classes.resolve(fuzzCase.seedPath())));
                copy(corpus.sources.resolve(source), project.resolve("src/main/java").resolve(source));
            }
            case JAVA_SOURCE -> {
                companion = fuzzCase.seedPath();
                writeClasses(project, sourceSeed(companion));
            }
            case POLICY -> {
                // The policy is checked against real code: its sources and sinks name the seeds' members.
                SeedCorpus.SourceSeed seed = corpus.javaSources.get(random.nextInt(corpus.javaSources.size()));
                companion = seed.path();
                writeClasses(project, seed);
                SeedCorpus.write(project.resolve("src/main/java").resolve(seed.path()), seed.content());
            }
            case LOGGING_CONFIG -> {
                // The anchor is the only code: the configuration is what is read.
            }
        }
        SeedCorpus.write(project.resolve(fuzzCase.targetPath()), fuzzCase.content());
        return companion;
    }

    private void check(FuzzCase fuzzCase, Path target, boolean certainlyBad, String companion, List<Warning> warnings,
            AnalysisResult result, PolicyException policyFailure, List<String> violations) {
        for (Warning warning : warnings) {
            if (warning.problem() == null || warning.problem().isBlank() || warning.problem().contains("\n")) {
                violations.add("a diagnostic is not one line: " + warning);
            }
        }
        List<Warning> aboutTarget = warnings.stream().filter(warning -> target.equals(normalized(warning.file()))).toList();
        List<Warning> aboutOthers = warnings.stream().filter(warning -> !target.equals(normalized(warning.file()))).toList();
        if (fuzzCase.kind() == Kind.CLASS_FILE && !aboutOthers.isEmpty() && aboutOthers.stream().allMatch(InputFuzzTest::missingClass)) {
            TOLERATED.computeIfAbsent("missing-class warnings naming no file", key -> new ConcurrentSkipListSet<>())
                    .add(fuzzCase.number());
            aboutOthers = List.of();
        }
        if (!aboutOthers.isEmpty()) {
            violations.add("diagnostics that do not name " + target.getFileName() + ": " + aboutOthers);
        }
        switch (fuzzCase.kind()) {
            case CLASS_FILE -> {
                expectDiagnostics(certainlyBad ? 1 : -1, aboutTarget, "an unreadable class file", violations);
                if (!perMethodFlowWarnings(fuzzCase, aboutTarget)) {
                    expectAtMostOne(aboutTarget, violations);
                }
                expectAnchor(result, violations);
            }
            case JAVA_SOURCE -> {
                List<Finding> before = baseline(companion);
                boolean hasFindings = !before.isEmpty();
                expectDiagnostics(certainlyBad ? (hasFindings ? 1 : -1) : (parsedByEngine(companion) ? 0 : -1), aboutTarget,
                        certainlyBad ? "a source that does not parse or is not UTF-8" : "a source that parses", violations);
                expectAtMostOne(aboutTarget, violations);
                expectAnchor(result, violations);
                long after = result.findings().stream().filter(finding -> target.equals(normalized(finding.file()))).count();
                if (after < before.size() && !new String(fuzzCase.content(), StandardCharsets.UTF_8).contains("SuppressWarnings")) {
                    violations.add("the source's findings went from " + before.size() + " to " + after + ": " + result.findings());
                }
            }
            case POLICY -> {
                if (policyFailure != null) {
                    for (String line : policyFailure.getMessage().split("\n", -1)) {
                        if (!line.startsWith(target + ":")) {
                            violations.add("a policy problem that does not start with the file: " + line);
                        }
                    }
                    if (!warnings.isEmpty()) {
                        violations.add("diagnostics beside the policy failure: " + warnings);
                    }
                } else {
                    if (certainlyBad) {
                        violations.add("a policy that is not YAML (or not UTF-8) was accepted");
                    }
                    if (!target.equals(normalized(result.policy().origin()))) {
                        violations.add("the policy in force is " + result.policy().origin() + ", not the file");
                    }
                    for (PolicyWarning warning : result.policy().warnings()) {
                        if (!target.equals(normalized(warning.file())) || warning.text().contains("\n")) {
                            violations.add("a policy warning that does not name the file on one line: " + warning.message());
                        }
                    }
                    if (result.policy().sensitiveDataForbidden()) {
                        expectAnchor(result, violations);
                    }
                }
            }
            case LOGGING_CONFIG -> {
                expectDiagnostics(certainlyBad ? 1 : -1, aboutTarget, "a malformed configuration", violations);
                expectAnchor(result, violations);
            }
        }
    }

    /**
     * Whether a warning is the flow analysis's list of classes not on the classpath. A class file
     * that still reads but names a class that does not exist (one letter of a reference changed)
     * gives it; it names the missing class, not the file that refers to it. Known, reported to the
     * flow package's owner (fuzz-regressions/missing-class-names-no-file), and tolerated here only
     * for class-file cases, where it is counted.
     */
    private static boolean missingClass(Warning warning) {
        return warning.file() == null && (warning.problem().contains(" are not on the classpath (")
                || warning.problem().contains(" is not on the classpath; calls to it use the default model"));
    }

    /**
     * Whether the diagnostics about a class file are several of the flow analysis's lines for
     * methods it cannot follow: a class file that reads but whose code is broken in more than one
     * method (a {@code max_stack} too small) gets one line per method. Known, reported to the
     * flow package's owner (fuzz-regressions/README.md), and tolerated and counted here.
     */
    private static boolean perMethodFlowWarnings(FuzzCase fuzzCase, List<Warning> aboutTarget) {
        boolean perMethod = aboutTarget.size() > 1 && aboutTarget.stream().allMatch(warning -> warning.problem().startsWith("cannot follow the data flow of ")
                || warning.problem().contains(" is too large to follow ("));
        if (perMethod) {
            TOLERATED.computeIfAbsent("several per-method flow warnings for one class file", key -> new ConcurrentSkipListSet<>())
                    .add(fuzzCase.number());
        }
        return perMethod;
    }

    /** Checks the diagnostics about the mutated file: {@code expected} of them, or any number when negative. */
    private static void expectDiagnostics(int expected, List<Warning> aboutTarget, String what, List<String> violations) {
        if (expected >= 0 && aboutTarget.size() != expected) {
            violations.add(what + " gave " + aboutTarget.size() + " diagnostics naming it, not " + expected + ": " + aboutTarget);
        }
    }

    private static void expectAtMostOne(List<Warning> aboutTarget, List<String> violations) {
        if (aboutTarget.size() > 1) {
            violations.add("one file gave " + aboutTarget.size() + " diagnostics: " + aboutTarget);
        }
    }

    private static void expectAnchor(AnalysisResult result, List<String> violations) {
        boolean found = result.findings().stream().anyMatch(finding -> finding.ruleId().equals("PF001")
                && finding.file().endsWith(SeedCorpus.ANCHOR_SOURCE) && finding.location().line() == SeedCorpus.ANCHOR_LINE);
        if (!found) {
            violations.add("the intact anchor class lost its PF001 finding; findings: " + result.findings());
        }
    }

    /**
     * Whether the engine parses a source seed's file: it does when a finding is placed on a
     * declaration in it; for a flow finding it reads only the text, to find the call's column.
     */
    private boolean parsedByEngine(String sourcePath) {
        return baseline(sourcePath).stream().anyMatch(finding -> DECLARATION_RULES.contains(finding.ruleId()));
    }

    /** The findings in a source seed's file when the project is intact; the intact project must give no diagnostic. */
    private List<Finding> baseline(String sourcePath) {
        return BASELINES.computeIfAbsent(sourcePath, path -> {
            Path project = folder.resolve("baselines").resolve(path.replace('/', '_'));
            copy(corpus.classes.resolve(SeedCorpus.ANCHOR_CLASS), project.resolve("target/classes").resolve(SeedCorpus.ANCHOR_CLASS));
            copy(corpus.sources.resolve(SeedCorpus.ANCHOR_SOURCE), project.resolve("src/main/java").resolve(SeedCorpus.ANCHOR_SOURCE));
            SeedCorpus.SourceSeed seed = sourceSeed(path);
            writeClasses(project, seed);
            SeedCorpus.write(project.resolve("src/main/java").resolve(path), seed.content());
            List<Warning> warnings = Collections.synchronizedList(new ArrayList<>());
            AnalysisResult result;
            try {
                result = new Analyzer((file, line, problem) -> warnings.add(new Warning(file, line, problem)))
                        .analyze(AnalysisRequest.builder(project).classpathEntry(corpus.classes).build());
            } catch (PolicyException e) {
                throw new AssertionError(e.getMessage(), e);
            }
            assertEquals(List.of(), warnings, "the intact project with " + path + " gives diagnostics");
            Path file = project.resolve("src/main/java").resolve(path).toAbsolutePath().normalize();
            List<Finding> findings = result.findings().stream().filter(finding -> file.equals(normalized(finding.file()))).toList();
            List<String> violations = new ArrayList<>();
            expectAnchor(result, violations);
            assertEquals(List.of(), violations);
            deleteTree(project);
            return findings;
        });
    }

    private SeedCorpus.SourceSeed sourceSeed(String path) {
        return corpus.javaSources.stream().filter(seed -> seed.path().equals(path)).findFirst().orElseThrow();
    }

    private static void writeClasses(Path project, SeedCorpus.SourceSeed seed) {
        for (Map.Entry<String, byte[]> entry : seed.classes().entrySet()) {
            SeedCorpus.write(project.resolve("target/classes").resolve(entry.getKey()), entry.getValue());
        }
    }

    // ---- keeping failures ----

    private static Path save(Path project, FuzzCase fuzzCase, List<String> violations, List<Warning> warnings) {
        Path saved = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("target/fuzz-failures")
                .resolve("seed-" + fuzzCase.seed() + "-case-" + fuzzCase.number());
        deleteTree(saved);
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                copy(file, saved.resolve("project").resolve(project.relativize(file).toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SeedCorpus.write(saved.resolve("input").resolve(Path.of(fuzzCase.targetPath()).getFileName().toString()), fuzzCase.content());
        SeedCorpus.write(saved.resolve("case.txt"), (fuzzCase.describe() + "\n\nviolations:\n" + String.join("\n", violations)
                + "\n\ndiagnostics:\n" + warnings.stream().map(Warning::toString).reduce("", (a, b) -> a + b + "\n"))
                .getBytes(StandardCharsets.UTF_8));
        return saved;
    }

    // ---- files ----

    private static Path normalized(Path file) {
        return file == null ? null : file.toAbsolutePath().normalize();
    }

    private static String tolerated() {
        StringBuilder text = new StringBuilder("{");
        TOLERATED.forEach((what, cases) -> text.append(text.length() > 1 ? "; " : "").append(what).append(": ")
                .append(cases.size()).append(" cases, first ").append(cases.first()));
        return text.append('}').toString();
    }

    private static long processCpuMillis() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString().lines().limit(12).reduce((a, b) -> a + "\n      " + b).orElse("");
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        SeedCorpus.write(to, read(from));
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(!Files.exists(root));
    }
}
