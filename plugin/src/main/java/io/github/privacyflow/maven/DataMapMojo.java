package io.github.privacyflow.maven;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.report.DataMapMarkdown;
import io.github.privacyflow.report.ReportPaths;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes {@code data-map.md}, the record of processing activities: for every category of the
 * agreement, where the code holds it, the purposes and processors it is used for, the retention
 * declared against the agreement's, and the clause each line rests on. Run it after a build
 * ({@code mvn verify privacyflow:data-map}); it never fails the build on findings.
 */
@Mojo(name = "data-map", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public class DataMapMojo extends AbstractAnalysisMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || !MavenAnalysis.hasCode(project)) {
            getLog().info("privacyflow: no data map for this module");
            return;
        }
        AnalysisResult result = analysis().analyze(project, true);
        Path file = outputDirectory.toPath().resolve("data-map.md");
        try {
            DataMapMarkdown.write(DataMapMarkdown.render(result, new ReportPaths(project.getBasedir().toPath()),
                    project.getArtifactId()), file);
        } catch (IOException e) {
            throw new MojoExecutionException("privacyflow: cannot write " + file + ": " + e.getMessage(), e);
        }
        getLog().info("privacyflow: record of processing activities written to " + file);
    }
}
