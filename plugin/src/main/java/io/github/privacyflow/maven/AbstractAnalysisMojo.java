package io.github.privacyflow.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters every analysing goal shares, and the analysis they configure. The report files'
 * parameters belong to the goals that write them ({@link AbstractReportingMojo}).
 */
abstract class AbstractAnalysisMojo extends AbstractMojo {

    /** Skips the goal. */
    @Parameter(property = "privacyflow.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The policy file. Without it, {@code privacyflow-policy.yaml} in the module root, then in
     * the reactor root, then the embedded agreement.
     */
    @Parameter(property = "privacyflow.policy")
    protected File policy;

    /** Whether names of fields and types count as evidence of personal and sensitive data. */
    @Parameter(property = "privacyflow.heuristics", defaultValue = "true")
    protected boolean heuristics;

    /** Ant-style patterns of the classes and sources to check, e.g. {@code org/example/**}; all by default. */
    @Parameter
    protected List<String> includes;

    /** Ant-style patterns of the classes and sources to leave out, e.g. {@code **}{@code /generated/**}. */
    @Parameter
    protected List<String> excludes;

    /** Where the report files go. */
    @Parameter(defaultValue = "${project.build.directory}/privacyflow")
    protected File outputDirectory;

    /** The module being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The build session, for the reactor. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** @return the analysis these parameters configure */
    protected MavenAnalysis analysis() {
        return new MavenAnalysis(getLog(), session, policy, heuristics, includes, excludes);
    }
}
