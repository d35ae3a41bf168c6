package io.github.privacyflow.maven;

import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.finding.Severity;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.sonatype.plexus.build.incremental.BuildContext;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

/**
 * Hands findings to the IDE's incremental build as problem markers, through the build API
 * Eclipse m2e implements ({@code org.sonatype.plexus:plexus-build-api} 0.0.7): inside Eclipse
 * each new finding becomes an error or warning marker on its line, and the markers of the
 * previous run are removed from every file the analysis read.
 *
 * <p>Outside an IDE, Maven injects the API's {@link DefaultBuildContext}, whose
 * {@code addMessage} only logs the message again. The console already has every finding in
 * javac's form (which IntelliJ IDEA and VS Code link to the source), so with that context this
 * class does nothing: the console gets each line once.
 */
final class IdeMessages {

    private final BuildContext context;

    /**
     * Creates the bridge.
     *
     * @param context the injected build context; {@code null} or the default one means no IDE
     */
    IdeMessages(BuildContext context) {
        this.context = context;
    }

    /**
     * Tells whether an IDE receives the messages.
     *
     * @return false on the command line (the default build context, which only logs)
     */
    boolean active() {
        return context != null && !(context instanceof DefaultBuildContext);
    }

    /**
     * Tells whether the IDE's incremental build may skip the check: it is incremental and none
     * of the given inputs changed since the last build, as m2e asks of every goal it runs on
     * incremental builds. A full build, and every command-line build, never skips.
     *
     * @param inputs the files and folders the analysis reads
     * @return true when the check may be skipped
     */
    boolean upToDate(Collection<File> inputs) {
        if (!active() || !context.isIncremental()) {
            return false;
        }
        for (File input : inputs) {
            if (context.hasDelta(input)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Replaces the previous run's markers by this run's: the messages of every analysed file
     * are removed, then each finding becomes a message on its file, line and column.
     *
     * @param analysed the files the analysis read (sources, resources, the policy)
     * @param findings the findings to show: the new ones, those the console prints
     */
    void publish(Collection<Path> analysed, List<Finding> findings) {
        if (!active()) {
            return;
        }
        Set<Path> files = new TreeSet<>(analysed);
        for (Finding finding : findings) {
            files.add(finding.file());
        }
        for (Path file : files) {
            context.removeMessages(file.toFile());
        }
        for (Finding finding : findings) {
            int severity = finding.severity() == Severity.ERROR ? BuildContext.SEVERITY_ERROR : BuildContext.SEVERITY_WARNING;
            context.addMessage(finding.file().toFile(), Math.max(finding.location().line(), 0),
                    Math.max(finding.location().column(), 0), message(finding), severity, null);
            // A folded call still needs changing: its line gets a marker that points to the finding.
            for (int repeatLine : finding.repeatLines()) {
                context.addMessage(finding.file().toFile(), repeatLine, 0, finding.ruleId() + " " + finding.ruleName()
                        + ": the same data, or more of the same record, reaches the same kind of sink as at line " + finding.location().line()
                        + ", reported there", severity, null);
            }
        }
    }

    /**
     * The marker's text: the console line without its position (the marker has one), and a
     * flow's path in one line, since a marker shows a single line.
     */
    static String message(Finding finding) {
        StringBuilder text = new StringBuilder(finding.ruleId()).append(' ').append(finding.ruleName()).append(": ")
                .append(finding.message());
        if (!finding.path().isEmpty()) {
            List<String> steps = new ArrayList<>();
            finding.path().forEach(step -> steps.add(step.description()));
            text.append(" (path: ").append(String.join(" \u2192 ", steps)).append(')');
        }
        return text.toString();
    }

    /**
     * Lists what the check reads in a module, for {@link #upToDate}: its source and resource
     * folders, its POM and its policy file.
     *
     * @param project the module
     * @param policy the configured policy file, or {@code null}
     * @return the files and folders
     */
    static List<File> inputs(MavenProject project, File policy) {
        List<File> inputs = new ArrayList<>();
        for (Path root : roots(project)) {
            inputs.add(root.toFile());
        }
        inputs.add(project.getFile() != null ? project.getFile() : new File(project.getBasedir(), "pom.xml"));
        inputs.add(policy != null ? policy : new File(project.getBasedir(), "privacyflow-policy.yaml"));
        return inputs;
    }

    /**
     * Lists the files whose markers a run replaces: everything under the source, resource and
     * classes folders (a finding without a source is reported at its class file), the POM and the
     * policy file.
     *
     * @param project the module
     * @param policy the configured policy file, or {@code null}
     * @return the files, absolute
     */
    static List<Path> analysedFiles(MavenProject project, File policy) {
        List<Path> roots = new ArrayList<>(roots(project));
        roots.add(Path.of(project.getBuild().getOutputDirectory()));
        List<Path> files = filesUnder(roots);
        for (File input : inputs(project, policy)) {
            if (input.isFile()) {
                files.add(input.toPath().toAbsolutePath().normalize());
            }
        }
        return files;
    }

    private static List<Path> roots(MavenProject project) {
        List<Path> roots = new ArrayList<>();
        for (String root : project.getCompileSourceRoots()) {
            roots.add(Path.of(root));
        }
        for (Resource resource : project.getResources()) {
            roots.add(Path.of(resource.getDirectory()));
        }
        return roots;
    }

    /**
     * Lists the regular files under the given roots: what the analysis may have reported on,
     * hence where a previous run's markers may be.
     *
     * @param roots source and resource folders; missing ones are left out
     * @return the files, absolute
     */
    static List<Path> filesUnder(Collection<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).map(file -> file.toAbsolutePath().normalize()).forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                // A folder that cannot be listed keeps its old markers; the analysis warns about it.
                continue;
            }
        }
        return files;
    }
}
