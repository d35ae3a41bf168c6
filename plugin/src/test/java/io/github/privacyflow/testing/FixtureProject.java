package io.github.privacyflow.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.engine.AnalysisRequest;
import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.engine.Analyzer;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.fixture.Expectation;
import io.github.privacyflow.fixture.ExpectationMarkers;
import io.github.privacyflow.model.Diagnostics;
import io.github.privacyflow.policy.PolicyException;
import io.github.privacyflow.rules.Rule;
import io.github.privacyflow.rules.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A throw-away project for rule tests, in the spirit of Error Prone's
 * {@code CompilationTestHelper}: sources and resources are written to a temporary folder,
 * compiled with the system Java compiler against the test classpath (which holds the
 * privacyflow annotations and the persistence APIs), analysed, and the findings compared with
 * the {@code // expect} markers in the sources. By default only the rule under test counts, and a
 * rule that throws fails the test ({@link AnalysisRequest.Builder#failOnRuleCrash(boolean)}).
 */
public final class FixtureProject {

    /**
     * A source line annotating the next field as personal data of category
     * {@code user-interaction}, indented as a member, for fixtures that only need some personal field.
     */
    public static final String PERSONAL = "    @io.github.privacyflow.annotations.PersonalData(category = \"user-interaction\")";

    private final Path root;
    private final List<Rule> rules = new ArrayList<>();
    private final List<String> compilerOptions = new ArrayList<>(List.of("-g", "-proc:none"));
    private final List<String> diagnostics = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<Path> extraClasspath = new ArrayList<>();
    private Consumer<AnalysisRequest.Builder> requestCustomiser = builder -> { };

    private FixtureProject(Path root) {
        this.root = root;
    }

    /**
     * Starts a project in a temporary folder.
     *
     * @param temporaryFolder a JUnit {@code @TempDir}
     * @return the project
     */
    public static FixtureProject in(Path temporaryFolder) {
        return new FixtureProject(temporaryFolder);
    }

    /**
     * Restricts the analysis to one rule.
     *
     * @param ruleId e.g. {@code PF001}
     * @return this project
     */
    public FixtureProject rule(String ruleId) {
        rules.add(RuleRegistry.byId(ruleId).orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId)));
        return this;
    }

    /**
     * Adds a source under {@code src/main/java}.
     *
     * @param path e.g. {@code org/example/Student.java}
     * @param lines the source lines
     * @return this project
     */
    public FixtureProject source(String path, String... lines) {
        return file("src/main/java/" + path, String.join("\n", lines) + "\n");
    }

    /**
     * Adds a resource under {@code src/main/resources}.
     *
     * @param path e.g. {@code logback.xml}
     * @param content the content
     * @return this project
     */
    public FixtureProject resource(String path, String content) {
        return file("src/main/resources/" + path, content);
    }

    /**
     * Writes any file relative to the project root.
     *
     * @param path the path
     * @param content the content
     * @return this project
     */
    public FixtureProject file(String path, String content) {
        return bytes(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes raw bytes relative to the project root.
     *
     * @param path the path
     * @param content the bytes
     * @return this project
     */
    public FixtureProject bytes(String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Adjusts the analysis request, e.g. to turn heuristics off.
     *
     * @param customiser applied to the request builder
     * @return this project
     */
    public FixtureProject configure(Consumer<AnalysisRequest.Builder> customiser) {
        this.requestCustomiser = customiser;
        return this;
    }

    /**
     * Adds a folder or jar to the compiler's classpath, e.g. a sibling module's classes.
     *
     * @param entry the classpath entry
     * @return this project
     */
    public FixtureProject compileAgainst(Path entry) {
        extraClasspath.add(entry);
        return this;
    }

    /**
     * Returns the project root.
     *
     * @return the folder
     */
    public Path root() {
        return root;
    }

    /**
     * Compiles the sources into {@code target/classes}; fails the test on a compile error.
     *
     * @return this project
     */
    public FixtureProject compile() {
        Path sources = root.resolve("src/main/java");
        Path classes = root.resolve("target/classes");
        try {
            Files.createDirectories(classes);
            if (!Files.isDirectory(sources)) {
                return this;
            }
            List<Path> javaFiles;
            try (Stream<Path> walk = Files.walk(sources)) {
                javaFiles = walk.filter(path -> path.toString().endsWith(".java")).toList();
            }
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
            try (StandardJavaFileManager files = compiler.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
                List<String> options = new ArrayList<>(compilerOptions);
                StringBuilder classpath = new StringBuilder(System.getProperty("java.class.path"));
                for (Path entry : extraClasspath) {
                    classpath.append(java.io.File.pathSeparator).append(entry);
                }
                options.addAll(List.of("-d", classes.toString(), "-classpath", classpath.toString()));
                boolean compiled = compiler.getTask(null, files, collector, options, null,
                        files.getJavaFileObjectsFromPaths(javaFiles)).call();
                StringBuilder errors = new StringBuilder();
                for (Diagnostic<? extends JavaFileObject> diagnostic : collector.getDiagnostics()) {
                    if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                        errors.append(diagnostic).append('\n');
                    }
                }
                assertTrue(compiled, "fixture does not compile:\n" + errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Analyses the compiled project with the selected rules (all when none was selected).
     *
     * @return the result
     * @throws PolicyException when the fixture's policy is invalid
     */
    public AnalysisResult analyze() throws PolicyException {
        AnalysisRequest.Builder builder = AnalysisRequest.builder(root);
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            builder.classpathEntry(Path.of(entry));
        }
        if (!rules.isEmpty()) {
            builder.rules(rules);
        }
        // A crashing rule must fail the test, not pass as a rule that found nothing; a test about
        // the user's warning turns this off again in its customiser.
        builder.failOnRuleCrash(true);
        requestCustomiser.accept(builder);
        Diagnostics collecting = (file, line, problem) -> diagnostics.add(Diagnostics.format(
                file == null ? null : root.relativize(file.toAbsolutePath().normalize()), line, problem));
        return new Analyzer(collecting).analyze(builder.build());
    }

    /**
     * Returns the warnings the last analysis gave, with paths relative to the project root.
     *
     * @return the warning lines
     */
    public List<String> diagnostics() {
        return diagnostics;
    }

    /**
     * Compiles, analyses and asserts that the findings match the {@code // expect} markers
     * exactly, that the suppressed findings match the {@code // expect suppressed} markers
     * exactly, and that no warning was given.
     *
     * @return the result, for further assertions
     */
    public AnalysisResult assertMatchesMarkers() {
        compile();
        AnalysisResult result;
        try {
            result = analyze();
        } catch (PolicyException e) {
            throw new AssertionError("unexpected policy error: " + e.getMessage(), e);
        }
        List<String> differences = ExpectationMarkers.compare(ExpectationMarkers.expected(root), expectations(result.findings()));
        assertEquals(List.of(), differences, () -> "findings differ from the markers; all findings:\n" + describe(result.findings()));
        // A suppressed finding must be reported as suppressed: a suppression that dropped it, or a
        // rule that stopped finding it, fails here just as a missing finding does above.
        List<String> suppressedDifferences = ExpectationMarkers.compare(ExpectationMarkers.expectedSuppressed(root),
                expectations(result.suppressedFindings()));
        assertEquals(List.of(), suppressedDifferences, () -> "suppressed findings differ from the // expect suppressed markers;"
                + " all suppressed findings:\n" + describe(result.suppressedFindings()));
        assertEquals(List.of(), diagnostics, "unexpected warnings");
        return result;
    }

    private List<Expectation> expectations(List<Finding> findings) {
        List<Expectation> reported = new ArrayList<>();
        for (Finding finding : findings) {
            Path relative = root.relativize(finding.file());
            reported.addAll(ExpectationMarkers.reportedFinding(relative.toString().replace('\\', '/'), finding.location().line(),
                    finding.ruleId(), finding.repeatLines()));
        }
        reported.sort(null);
        return reported;
    }

    private String describe(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            text.append("  ").append(root.relativize(finding.file())).append(':').append(finding.location().line())
                    .append(' ').append(finding.ruleId()).append(' ').append(finding.message()).append('\n');
        }
        return text.toString();
    }
}
