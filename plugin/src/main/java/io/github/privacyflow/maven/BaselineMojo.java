package io.github.privacyflow.maven;

import io.github.privacyflow.baseline.Baseline;
import io.github.privacyflow.baseline.BaselineException;
import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.report.ReportPaths;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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
 *
 * <p>The baseline is a committed file, so the goal never loses it. It refuses, with one error
 * line and the file left byte for byte, when nothing was analysed (after {@code mvn clean} an
 * empty baseline would silently accept nothing) and when the target exists but is not a
 * privacyflow baseline; and it writes through a temporary file, so the target is never half
 * written.
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
        Path target = baseline.toPath();
        // Both refusals come before the analysis: they are cheap, and the user learns at once.
        refuseUnlessReplaceable(target);
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        if (!hasClassFiles(classes)) {
            throw nothingAnalysed(target, "no compiled classes in " + shown(classes));
        }
        AnalysisResult result = analysis().analyze(project, false);
        if (result.classesAnalysed() == 0) {
            throw nothingAnalysed(target, "no class of " + shown(classes) + " is included");
        }
        try {
            Baseline.of(result.findings(), new ReportPaths(project.getBasedir().toPath())).write(target);
        } catch (BaselineException e) {
            throw new MojoFailureException("privacyflow: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("privacyflow: cannot write " + baseline + " (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); it was left as it was", e);
        }
        getLog().info("privacyflow: " + result.findings().size() + " findings recorded in " + baseline);
    }

    private static void refuseUnlessReplaceable(Path target) throws MojoFailureException {
        try {
            Baseline.requireReplaceable(target);
        } catch (BaselineException e) {
            throw new MojoFailureException("privacyflow: " + e.getMessage());
        }
    }

    /**
     * The refusal when nothing was analysed. The message is the only line the user needs, so it
     * is not logged apart: Maven prints it once, in its "Failed to execute goal" line.
     */
    private MojoFailureException nothingAnalysed(Path target, String why) {
        String kept = Files.exists(target) ? shown(target) + " was left as it was" : "nothing was written";
        return new MojoFailureException("privacyflow: nothing was analysed (" + why + "), so there are no findings to accept; "
                + kept + ". Build first: mvn verify privacyflow:baseline");
    }

    /** Whether the folder holds a class file; a missing folder holds none. */
    private static boolean hasClassFiles(Path classes) throws MojoExecutionException {
        if (!Files.isDirectory(classes)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(classes)) {
            return walk.anyMatch(file -> file.getFileName().toString().endsWith(".class") && Files.isRegularFile(file));
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("privacyflow: cannot read " + classes + ": " + e.getMessage(), e);
        }
    }

    /** A path as the user typed it: relative to the module when inside it. */
    private String shown(Path file) {
        Path root = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}
