package io.github.privacyflow.maven;

import io.github.privacyflow.engine.AnalysisRequest;
import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.engine.Analyzer;
import io.github.privacyflow.model.Diagnostics;
import io.github.privacyflow.model.PathFilter;
import io.github.privacyflow.policy.PolicyException;
import io.github.privacyflow.policy.PolicyWarning;
import io.github.privacyflow.run.Budget;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Adapts a Maven module to the engine: its folders, classpath and reactor siblings become an
 * {@link AnalysisRequest}; the engine's warnings become Maven warnings. Every goal analyses
 * through it, so they all see a module the same way.
 */
final class MavenAnalysis {

    private final Log log;
    private final MavenSession session;
    private final File policy;
    private final boolean heuristics;
    private final List<String> includes;
    private final List<String> excludes;

    private Duration timeout = Budget.DEFAULT_TIMEOUT;
    private long methodSteps = Budget.DEFAULT_METHOD_STEPS;

    MavenAnalysis(Log log, MavenSession session, File policy, boolean heuristics, List<String> includes, List<String> excludes) {
        this.log = log;
        this.session = session;
        this.policy = policy;
        this.heuristics = heuristics;
        this.includes = includes;
        this.excludes = excludes;
    }

    /** Sets the module's time limit and the step limit per method. */
    MavenAnalysis budget(Duration moduleTimeout, long stepsPerMethod) {
        this.timeout = moduleTimeout;
        this.methodSteps = stepsPerMethod;
        return this;
    }

    /** Whether a module has code to analyse: pom-packaged modules only aggregate others. */
    static boolean hasCode(MavenProject module) {
        return !"pom".equals(module.getPackaging());
    }

    /**
     * Analyses a module.
     *
     * @param module the module
     * @param dataMap whether to build the data map too
     * @return the result
     * @throws MojoFailureException when the policy is missing or invalid: every problem is printed as
     *     {@code file:line: ...}; the policy's warnings are printed the same way when it loads
     */
    AnalysisResult analyze(MavenProject module, boolean dataMap) throws MojoFailureException {
        AnalysisResult result;
        try {
            // Progress is informational, so -q hides it.
            result = new Analyzer(this::warn, log::info).analyze(request(module, dataMap));
        } catch (PolicyException e) {
            // Each problem on a line of its own, in javac's form, so consoles link it; the build
            // failure then repeats a single problem, or says where the list is.
            for (String line : e.messages()) {
                log.error(line);
            }
            throw new MojoFailureException(e.problems().size() == 1 ? "privacyflow: " + e.messages().get(0)
                    : "privacyflow: " + e.problems().size() + " problems in the policy file " + e.file() + ", listed above");
        }
        for (PolicyWarning warning : result.policy().warnings()) {
            log.warn(warning.message());
        }
        return result;
    }

    private AnalysisRequest request(MavenProject module, boolean dataMap) {
        Path moduleRoot = module.getBasedir().toPath();
        AnalysisRequest.Builder builder = AnalysisRequest.builder(moduleRoot)
                .classesDirectory(Path.of(module.getBuild().getOutputDirectory()))
                .heuristics(heuristics)
                .filter(PathFilter.of(includes, excludes))
                .sourceEncoding(encoding(module))
                .reactorRoot(reactorRoot())
                .dataMap(dataMap)
                .timeout(timeout)
                .methodSteps(methodSteps);
        for (String root : module.getCompileSourceRoots()) {
            builder.sourceRoot(Path.of(root));
        }
        for (Resource resource : module.getResources()) {
            builder.resourceRoot(Path.of(resource.getDirectory()));
        }
        if (policy != null) {
            builder.policyFile(policy.toPath());
        }
        addClasspath(module, builder);
        return builder.build();
    }

    /**
     * Hands the compile classpath to the analysis; reactor dependencies go in as program code,
     * so flows through a sibling module are followed.
     */
    private void addClasspath(MavenProject module, AnalysisRequest.Builder builder) {
        Map<String, MavenProject> reactor = new HashMap<>();
        for (MavenProject sibling : session.getProjects()) {
            reactor.put(sibling.getGroupId() + ":" + sibling.getArtifactId() + ":" + sibling.getVersion(), sibling);
        }
        Path output = Path.of(module.getBuild().getOutputDirectory()).toAbsolutePath().normalize();
        for (Artifact artifact : module.getArtifacts()) {
            if (artifact.getFile() == null || !(Artifact.SCOPE_COMPILE.equals(artifact.getScope())
                    || Artifact.SCOPE_PROVIDED.equals(artifact.getScope()) || Artifact.SCOPE_SYSTEM.equals(artifact.getScope()))) {
                continue;
            }
            Path file = artifact.getFile().toPath().toAbsolutePath().normalize();
            MavenProject sibling = reactor.get(artifact.getGroupId() + ":" + artifact.getArtifactId() + ":" + artifact.getVersion());
            if (sibling != null && sibling != module) {
                Path siblingClasses = Path.of(sibling.getBuild().getOutputDirectory());
                builder.reactorDependency(Files.isDirectory(siblingClasses) ? siblingClasses : file);
                // A flow ending in the sibling's code is reported in the sibling's source.
                for (String root : sibling.getCompileSourceRoots()) {
                    builder.sourceRoot(Path.of(root));
                }
            } else if (!file.equals(output)) {
                builder.classpathEntry(file);
            }
        }
    }

    /** The reactor's root: the top-level project's directory, so multi-module reports share one base. */
    Path reactorRoot() {
        if (session.getTopLevelProject() != null) {
            return session.getTopLevelProject().getBasedir().toPath();
        }
        File directory = session.getRequest().getMultiModuleProjectDirectory();
        return directory != null ? directory.toPath() : session.getCurrentProject().getBasedir().toPath();
    }

    private Charset encoding(MavenProject module) {
        String name = module.getProperties().getProperty("project.build.sourceEncoding");
        if (name == null || name.isBlank()) {
            return Charset.defaultCharset();
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            log.warn("privacyflow: unknown project.build.sourceEncoding '" + name + "'; reading sources as UTF-8");
            return StandardCharsets.UTF_8;
        }
    }

    private void warn(Path file, int line, String problem) {
        log.warn(Diagnostics.format(file, line, problem));
    }
}
