package io.github.privacyflow.maven;

import io.github.privacyflow.engine.AnalysisRequest;
import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.engine.Analyzer;
import io.github.privacyflow.engine.Finding;
import io.github.privacyflow.engine.Severity;
import io.github.privacyflow.model.Diagnostics;
import io.github.privacyflow.model.PathFilter;
import io.github.privacyflow.policy.PolicyException;
import io.github.privacyflow.report.ConsoleReport;
import io.github.privacyflow.report.ReportPaths;
import io.github.privacyflow.report.ReportWriter;
import java.io.IOException;
import java.util.Set;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Checks the module's classes and sources against the data-processing agreement and fails the
 * build on findings at or above {@code failOnSeverity}.
 *
 * <p>Findings print in javac's form, {@code /abs/File.java:[line,col] PFnnn name: message},
 * at error or warning level by severity; the last line counts them.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class CheckMojo extends AbstractMojo {

    /** Skips the check. */
    @Parameter(property = "privacyflow.skip", defaultValue = "false")
    private boolean skip;

    /** The lowest severity that fails the build: {@code error}, {@code warning} or {@code never}. */
    @Parameter(property = "privacyflow.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    /**
     * The policy file. Without it, {@code privacyflow-policy.yaml} in the module root, then in
     * the reactor root, then the embedded agreement.
     */
    @Parameter(property = "privacyflow.policy")
    private File policy;

    /** Whether names of fields and types count as evidence of personal and sensitive data. */
    @Parameter(property = "privacyflow.heuristics", defaultValue = "true")
    private boolean heuristics;

    /** Ant-style patterns of the classes and sources to check, e.g. {@code org/example/**}; all by default. */
    @Parameter
    private List<String> includes;

    /** Ant-style patterns of the classes and sources to leave out, e.g. {@code **}{@code /generated/**}. */
    @Parameter
    private List<String> excludes;

    /** The report files to write: any of {@code sarif}, {@code json}, {@code html}, comma-separated. */
    @Parameter(property = "privacyflow.formats", defaultValue = "sarif,json,html")
    private String formats;

    /** Where the report files go. */
    @Parameter(defaultValue = "${project.build.directory}/privacyflow")
    private File outputDirectory;

    /** The compiled classes. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    private File classesDirectory;

    /** The source encoding. */
    @Parameter(defaultValue = "${project.build.sourceEncoding}", readonly = true)
    private String sourceEncoding;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("privacyflow: skipped (privacyflow.skip)");
            return;
        }
        Severity threshold = threshold();
        Set<String> reportFormats;
        try {
            reportFormats = ReportWriter.parseFormats(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("privacyflow.formats: " + e.getMessage());
        }
        if ("pom".equals(project.getPackaging())) {
            getLog().info("privacyflow: nothing to check in a pom-packaged module");
            return;
        }
        AnalysisResult result;
        try {
            result = new Analyzer(this::warn).analyze(request());
        } catch (PolicyException e) {
            for (String line : e.messages()) {
                getLog().error(line);
            }
            throw new MojoFailureException("privacyflow: the policy is not valid: " + e.getMessage());
        }
        for (Finding finding : result.findings()) {
            String line = ConsoleReport.line(finding);
            if (finding.severity() == Severity.ERROR) {
                getLog().error(line);
                ConsoleReport.pathLines(finding).forEach(getLog()::error);
            } else {
                getLog().warn(line);
                ConsoleReport.pathLines(finding).forEach(getLog()::warn);
            }
        }
        try {
            ReportWriter.write(result, reportFormats, outputDirectory.toPath(), new ReportPaths(project.getBasedir().toPath()),
                    new ReportPaths(reactorRoot()), project.getArtifactId());
        } catch (IOException e) {
            throw new MojoExecutionException("privacyflow: cannot write the reports to " + outputDirectory + ": " + e.getMessage(), e);
        }
        String summary = ConsoleReport.summary(result);
        long failing = threshold == null ? 0 : result.findings().stream().filter(f -> f.severity().atLeast(threshold)).count();
        if (failing > 0) {
            getLog().error(summary);
            throw new MojoFailureException(summary + "; failing on " + threshold.label() + " (privacyflow.failOnSeverity)");
        }
        if (result.findings().isEmpty()) {
            getLog().info(summary);
        } else {
            getLog().warn(summary);
        }
    }

    private AnalysisRequest request() {
        Path moduleRoot = project.getBasedir().toPath();
        AnalysisRequest.Builder builder = AnalysisRequest.builder(moduleRoot)
                .classesDirectory(classesDirectory.toPath())
                .heuristics(heuristics)
                .filter(PathFilter.of(includes, excludes))
                .sourceEncoding(encoding());
        for (String root : project.getCompileSourceRoots()) {
            builder.sourceRoot(Path.of(root));
        }
        for (Resource resource : project.getResources()) {
            builder.resourceRoot(Path.of(resource.getDirectory()));
        }
        addClasspath(builder);
        if (policy != null) {
            builder.policyFile(policy.toPath());
        }
        builder.reactorRoot(reactorRoot());
        builder.inventory(!reportFormats().isEmpty());
        return builder.build();
    }

    /**
     * Hands the compile classpath to the analysis; reactor dependencies go in as program code,
     * so flows through a sibling module are followed.
     */
    private void addClasspath(AnalysisRequest.Builder builder) {
        Map<String, MavenProject> reactor = new HashMap<>();
        for (MavenProject sibling : session.getProjects()) {
            reactor.put(sibling.getGroupId() + ":" + sibling.getArtifactId() + ":" + sibling.getVersion(), sibling);
        }
        Path output = classesDirectory.toPath().toAbsolutePath().normalize();
        for (Artifact artifact : project.getArtifacts()) {
            if (artifact.getFile() == null) {
                continue;
            }
            Path file = artifact.getFile().toPath().toAbsolutePath().normalize();
            MavenProject sibling = reactor.get(artifact.getGroupId() + ":" + artifact.getArtifactId() + ":" + artifact.getVersion());
            if (sibling != null && sibling != project) {
                Path siblingClasses = Path.of(sibling.getBuild().getOutputDirectory());
                builder.reactorDependency(java.nio.file.Files.isDirectory(siblingClasses) ? siblingClasses : file);
            } else if (!file.equals(output)) {
                builder.classpathEntry(file);
            }
        }
    }

    /** The reactor's root: the top-level project's directory, so multi-module reports share one base. */
    private Path reactorRoot() {
        if (session.getTopLevelProject() != null) {
            return session.getTopLevelProject().getBasedir().toPath();
        }
        File directory = session.getRequest().getMultiModuleProjectDirectory();
        return directory != null ? directory.toPath() : project.getBasedir().toPath();
    }

    private Set<String> reportFormats() {
        try {
            return ReportWriter.parseFormats(formats);
        } catch (IllegalArgumentException e) {
            return Set.of();
        }
    }

    private Severity threshold() throws MojoExecutionException {
        String value = failOnSeverity == null ? "error" : failOnSeverity.strip().toLowerCase(Locale.ROOT);
        switch (value) {
            case "error":
                return Severity.ERROR;
            case "warning":
                return Severity.WARNING;
            case "never":
                return null;
            default:
                throw new MojoExecutionException("privacyflow.failOnSeverity must be error, warning or never, not '"
                        + failOnSeverity + "'");
        }
    }

    private Charset encoding() {
        if (sourceEncoding == null || sourceEncoding.isBlank()) {
            return Charset.defaultCharset();
        }
        try {
            return Charset.forName(sourceEncoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            getLog().warn("privacyflow: unknown project.build.sourceEncoding '" + sourceEncoding + "'; reading sources as UTF-8");
            return StandardCharsets.UTF_8;
        }
    }

    private void warn(Path file, int line, String problem) {
        getLog().warn(Diagnostics.format(file, line, problem));
    }
}
