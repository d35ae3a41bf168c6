package io.github.privacyflow.maven;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.report.BaselineStates;
import io.github.privacyflow.report.ConsoleReport;
import io.github.privacyflow.report.DataMapMarkdown;
import io.github.privacyflow.report.ReportPaths;
import io.github.privacyflow.report.ReportWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Writes one report for a multi-module reactor: every module analysed, findings merged without
 * duplicates, paths relative to the reactor root, written to the top-level project's
 * {@code target/privacyflow} (SARIF, JSON, HTML and {@code data-map.md}). Run it after a build,
 * from the top-level project: {@code mvn verify privacyflow:aggregate}. It never fails the
 * build on findings; {@code check} does that per module.
 */
@Mojo(name = "aggregate", aggregator = true, threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public class AggregateMojo extends AbstractReportingMojo {

    /** The modules of the reactor. */
    @Parameter(defaultValue = "${reactorProjects}", readonly = true, required = true)
    private List<MavenProject> reactorProjects;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("privacyflow: skipped (privacyflow.skip)");
            return;
        }
        MavenAnalysis analysis = analysis();
        List<AnalysisResult> results = new ArrayList<>();
        for (MavenProject module : reactorProjects) {
            if (MavenAnalysis.hasCode(module)) {
                getLog().info("privacyflow: analysing " + module.getArtifactId());
                results.add(analysis.analyze(module, true));
            }
        }
        if (results.isEmpty()) {
            getLog().info("privacyflow: no module with code in this reactor");
            return;
        }
        AnalysisResult merged = ResultMerger.merge(results);
        ReportPaths reactorPaths = new ReportPaths(analysis.reactorRoot());
        String name = project.getArtifactId();
        try {
            ReportWriter.write(merged, BaselineStates.NONE, reportFormats(), outputDirectory.toPath(), reactorPaths, reactorPaths, name,
                    helpBaseUrl());
            DataMapMarkdown.write(DataMapMarkdown.render(merged, reactorPaths, name), outputDirectory.toPath().resolve("data-map.md"));
        } catch (IOException e) {
            throw new MojoExecutionException("privacyflow: cannot write the reports to " + outputDirectory + ": " + e.getMessage(), e);
        }
        getLog().info(ConsoleReport.summary(merged) + " over " + results.size() + " modules; reports in " + outputDirectory);
    }
}
