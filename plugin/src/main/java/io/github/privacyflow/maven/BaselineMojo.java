package io.github.privacyflow.maven;

import io.github.privacyflow.baseline.Baseline;
import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.report.ReportPaths;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes {@code privacyflow-baseline.json}: today's findings, accepted, so that {@code check}
 * with {@code -Dprivacyflow.baseline=privacyflow-baseline.json} fails only on new ones. Run it
 * after a build ({@code mvn verify privacyflow:baseline}): it reads the compiled classes and forks
 * no lifecycle. Commit the file; it is sorted and has no timestamps, so it diffs well.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public class BaselineMojo extends AbstractAnalysisMojo {

    /** Where the baseline is written. */
    @Parameter(property = "privacyflow.baseline", defaultValue = "${project.basedir}/privacyflow-baseline.json")
    private File baseline;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || !MavenAnalysis.hasCode(project)) {
            getLog().info("privacyflow: no baseline for this module");
            return;
        }
        AnalysisResult result = analysis().analyze(project, false);
        try {
            Baseline.of(result.findings(), new ReportPaths(project.getBasedir().toPath())).write(baseline.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("privacyflow: cannot write " + baseline + ": " + e.getMessage(), e);
        }
        getLog().info("privacyflow: " + result.findings().size() + " findings recorded in " + baseline);
    }
}
