package io.github.privacyflow.maven;

import io.github.privacyflow.run.Budget;
import java.io.File;
import java.time.Duration;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
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

    /**
     * How long one module's analysis may take, e.g. {@code 300s}, {@code 10m} or {@code 1h}. When
     * it runs out, the flow work that remains is cut: the findings found so far and every
     * declaration rule are still reported, and one warning names what was cut.
     */
    @Parameter(property = "privacyflow.timeout", defaultValue = "5m")
    protected String timeout;

    /**
     * How many steps (instructions interpreted and frames merged) one analysis of one method
     * may take before the method is approximated: every argument may come back in its result.
     */
    @Parameter(property = "privacyflow.methodSteps", defaultValue = "1000000")
    protected Long methodSteps;

    /**
     * Returns the analysis these parameters configure.
     *
     * @return the analysis
     * @throws MojoExecutionException naming a timeout or step limit that is not valid
     */
    protected MavenAnalysis analysis() throws MojoExecutionException {
        Duration limit;
        try {
            limit = Budget.parseTimeout(timeout == null ? Budget.format(Budget.DEFAULT_TIMEOUT) : timeout);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("privacyflow.timeout: " + e.getMessage());
        }
        long steps = methodSteps == null ? Budget.DEFAULT_METHOD_STEPS : methodSteps;
        if (steps <= 0) {
            throw new MojoExecutionException("privacyflow.methodSteps must be a positive number of steps, not " + methodSteps);
        }
        return new MavenAnalysis(getLog(), session, policy, heuristics, includes, excludes).budget(limit, steps);
    }
}
