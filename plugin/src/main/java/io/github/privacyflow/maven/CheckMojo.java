package io.github.privacyflow.maven;

import io.github.privacyflow.baseline.Baseline;
import io.github.privacyflow.baseline.BaselineException;
import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.report.BaselineStates;
import io.github.privacyflow.report.ConsoleReport;
import io.github.privacyflow.report.ReportPaths;
import io.github.privacyflow.report.ReportWriter;
import io.github.privacyflow.run.PhaseTimer;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * Checks the module's classes and sources against the data-processing agreement, writes the
 * reports and fails the build on findings at or above {@code failOnSeverity}.
 *
 * <p>Findings print in javac's form, {@code /abs/File.java:[line,col] PFnnn name: message}, at
 * error or warning level by severity, with a flow's path indented below; the last line counts
 * them. With a {@code baseline}, only findings it does not hold fail the build.
 *
 * <p>Inside Eclipse (m2e) the new findings also become problem markers on their lines, through
 * the incremental build API; on incremental builds the check is skipped when nothing it reads
 * changed. When the project runs the privacyflow report with a maven-site-plugin too old for it,
 * the check warns before {@code mvn site} fails.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class CheckMojo extends AbstractReportingMojo {

    /** The lowest severity that fails the build: {@code error}, {@code warning} or {@code never}. */
    @Parameter(property = "privacyflow.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    /**
     * A baseline written by {@code privacyflow:baseline}: the findings it holds are reported as
     * baselined and do not fail the build; entries no finding matches any more are listed as stale.
     */
    @Parameter(property = "privacyflow.baseline")
    private File baseline;

    /**
     * The IDE's incremental build: inside Eclipse (m2e) findings become problem markers through
     * it. On the command line Maven injects the API's default context, which only logs, and the
     * console lines are printed as before.
     */
    @Component
    private BuildContext buildContext;

    /** This plugin, to recognise its report in the project's {@code <reporting>} section. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("privacyflow: skipped (privacyflow.skip)");
            return;
        }
        Severity threshold = threshold();
        Set<String> formats = reportFormats();
        if (!MavenAnalysis.hasCode(project)) {
            getLog().info("privacyflow: nothing to check in a pom-packaged module");
            return;
        }
        long started = System.nanoTime();
        SitePluginCheck.warning(project, plugin.getGroupId(), plugin.getArtifactId()).ifPresent(getLog()::warn);
        IdeMessages ide = new IdeMessages(buildContext);
        if (ide.upToDate(IdeMessages.inputs(project, policy))) {
            getLog().info("privacyflow: nothing the check reads changed since the IDE's last build");
            return;
        }
        MavenAnalysis analysis = analysis();
        AnalysisResult result = analysis.analyze(project, !formats.isEmpty());
        PhaseTimer reports = new PhaseTimer();
        reports.start("reports");
        ReportPaths paths = new ReportPaths(project.getBasedir().toPath());
        Baseline.Comparison comparison = compare(result, paths);
        BaselineStates states = baseline == null ? BaselineStates.NONE : comparison.states(baseline.toPath());
        ide.publish(ide.active() ? IdeMessages.analysedFiles(project, policy) : List.of(), comparison.fresh());
        for (Finding finding : comparison.fresh()) {
            print(finding);
        }
        for (Baseline.Entry stale : comparison.stale()) {
            getLog().warn("privacyflow: stale baseline entry " + stale.ruleId() + " " + stale.file() + " " + stale.element()
                    + ": no such finding any more; run privacyflow:baseline to drop it");
        }
        try {
            ReportWriter.write(result, states, formats, outputDirectory.toPath(), paths, new ReportPaths(analysis.reactorRoot()),
                    project.getArtifactId(), helpBaseUrl());
        } catch (IOException e) {
            throw new MojoExecutionException("privacyflow: cannot write the reports to " + outputDirectory + ": " + e.getMessage(), e);
        }
        reports.stop();
        if (getLog().isDebugEnabled()) {
            List<PhaseTimer.Phase> phases = new ArrayList<>(result.phases());
            phases.addAll(reports.phases());
            getLog().debug("privacyflow: " + PhaseTimer.describe(phases));
        }
        String summary = ConsoleReport.summary(result, states);
        String timedSummary = summary + " (" + PhaseTimer.seconds(System.nanoTime() - started) + ")";
        long failing = threshold == null ? 0 : comparison.fresh().stream().filter(f -> f.severity().atLeast(threshold)).count();
        if (failing > 0) {
            getLog().error(timedSummary);
            throw new MojoFailureException(summary + "; failing on " + threshold.label() + " (privacyflow.failOnSeverity)");
        }
        if (comparison.fresh().isEmpty()) {
            getLog().info(timedSummary);
        } else {
            getLog().warn(timedSummary);
        }
    }

    private Baseline.Comparison compare(AnalysisResult result, ReportPaths paths) throws MojoFailureException {
        if (baseline == null) {
            return new Baseline.Comparison(result.findings(), List.of(), List.of());
        }
        try {
            return Baseline.load(baseline.toPath()).compare(result.findings(), paths);
        } catch (BaselineException e) {
            // Maven prints the message in its failure line; logging it too would say it twice.
            throw new MojoFailureException("privacyflow: " + e.getMessage());
        }
    }

    private void print(Finding finding) {
        String line = ConsoleReport.line(finding);
        if (finding.severity() == Severity.ERROR) {
            getLog().error(line);
            ConsoleReport.pathLines(finding).forEach(getLog()::error);
        } else {
            getLog().warn(line);
            ConsoleReport.pathLines(finding).forEach(getLog()::warn);
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
}
