package io.github.privacyflow.maven;

import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.versioning.ComparableVersion;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginManagement;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.model.ReportSet;
import org.apache.maven.project.MavenProject;

/**
 * Warns, before {@code mvn site} gets there, when a project configures the privacyflow report
 * with a maven-site-plugin too old to run it.
 *
 * <p>The report is built on maven-reporting-api 4 and Doxia 2, which maven-site-plugin loads
 * from 3.20.0 on. Older site plugins (3.3 is Maven 3.8's default, 3.12.1 Maven 3.9's) hand a
 * report their own, older reporting and Doxia classes, and {@code mvn site} ends in a
 * class-loading stack trace that names neither privacyflow nor the site plugin. {@code check}
 * runs in the same build, earlier, so it says what to change in one line.
 */
final class SitePluginCheck {

    /** The first maven-site-plugin that runs reports built on maven-reporting-api 4 (Doxia 2). */
    static final String MINIMUM = "3.20.0";

    private static final String SITE_GROUP = "org.apache.maven.plugins";
    private static final String SITE_ARTIFACT = "maven-site-plugin";
    private static final String REPORT_GOAL = "report";

    private SitePluginCheck() {
    }

    /**
     * Returns the warning for a project, if it needs one.
     *
     * @param project the module, its model read as Maven built it (effective, with the site
     *     lifecycle's plugin and the plugin management applied)
     * @param groupId this plugin's groupId
     * @param artifactId this plugin's artifactId
     * @return the one-line warning; empty when the project does not configure the report, or
     *     its site plugin is recent enough
     */
    static Optional<String> warning(MavenProject project, String groupId, String artifactId) {
        if (!configuresReport(project.getReportPlugins(), groupId, artifactId)) {
            return Optional.empty();
        }
        String version = sitePluginVersion(project);
        if (version != null && new ComparableVersion(version).compareTo(new ComparableVersion(MINIMUM)) >= 0) {
            return Optional.empty();
        }
        String used = version == null
                ? "no maven-site-plugin version is set, so Maven takes its default (3.3 in Maven 3.8, 3.12.1 in Maven 3.9)"
                : "this project's maven-site-plugin is " + version;
        return Optional.of("privacyflow: the privacyflow report in <reporting> needs maven-site-plugin " + MINIMUM
                + " or later, but " + used + ", with which mvn site fails with a class-loading error; set maven-site-plugin's "
                + "<version> to " + MINIMUM + " or later in <build><plugins> or <build><pluginManagement>");
    }

    /** Whether the reporting section runs this plugin's report: all its reports, or a report set naming it. */
    private static boolean configuresReport(List<ReportPlugin> reportPlugins, String groupId, String artifactId) {
        if (reportPlugins == null) {
            return false;
        }
        for (ReportPlugin plugin : reportPlugins) {
            if (!artifactId.equals(plugin.getArtifactId()) || !groupId.equals(plugin.getGroupId())) {
                continue;
            }
            if (plugin.getReportSets().isEmpty()) {
                return true;
            }
            for (ReportSet set : plugin.getReportSets()) {
                if (set.getReports().isEmpty() || set.getReports().contains(REPORT_GOAL)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The version of maven-site-plugin the project's site lifecycle runs: the build's plugins
     * hold it (Maven adds the site lifecycle's plugins to them, with the managed version if any),
     * else the plugin management; {@code null} when neither names one.
     */
    private static String sitePluginVersion(MavenProject project) {
        String version = find(project.getBuildPlugins());
        PluginManagement management = project.getPluginManagement();
        if (version == null && management != null) {
            version = find(management.getPlugins());
        }
        return version;
    }

    private static String find(List<Plugin> plugins) {
        if (plugins == null) {
            return null;
        }
        for (Plugin plugin : plugins) {
            if (SITE_ARTIFACT.equals(plugin.getArtifactId()) && SITE_GROUP.equals(plugin.getGroupId())
                    && plugin.getVersion() != null && !plugin.getVersion().isBlank()) {
                return plugin.getVersion().strip();
            }
        }
        return null;
    }
}
