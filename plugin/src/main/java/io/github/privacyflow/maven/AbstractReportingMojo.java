package io.github.privacyflow.maven;

import io.github.privacyflow.report.ReportWriter;
import io.github.privacyflow.report.RuleDocs;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters of the goals that write the SARIF, JSON and HTML reports ({@code check},
 * {@code aggregate}). Goals that write something else ({@code data-map}, {@code baseline}) do
 * not have them, so a {@code formats} set for them cannot be silently ignored.
 */
abstract class AbstractReportingMojo extends AbstractAnalysisMojo {

    /** The report files to write: any of {@code sarif}, {@code json}, {@code html}, comma-separated. */
    @Parameter(property = "privacyflow.formats", defaultValue = "sarif,json,html")
    protected String formats;

    /**
     * Where the rule pages are published, for each SARIF rule's {@code helpUri}: the page of a rule
     * is this address followed by {@code PF001.md}, or, when the address holds {@code {rule}}, the
     * address with {@code {rule}} replaced by the rule's id (e.g.
     * {@code https://docs.example.org/privacyflow/{rule}.html}). By default, the project's docs.
     */
    @Parameter(property = "privacyflow.helpBaseUrl", defaultValue = RuleDocs.BASE_URI)
    protected String helpBaseUrl;

    /**
     * Parses {@link #formats}.
     *
     * @return the formats
     * @throws MojoExecutionException naming an unknown format
     */
    protected Set<String> reportFormats() throws MojoExecutionException {
        try {
            return ReportWriter.parseFormats(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("privacyflow.formats: " + e.getMessage());
        }
    }

    /**
     * Checks {@link #helpBaseUrl}.
     *
     * @return the address rule pages are linked under
     * @throws MojoExecutionException when it is not an absolute http(s) address
     */
    protected String helpBaseUrl() throws MojoExecutionException {
        try {
            return RuleDocs.checkBaseUrl(helpBaseUrl);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("privacyflow.helpBaseUrl: " + e.getMessage());
        }
    }
}
