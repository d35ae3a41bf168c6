package io.github.privacyflow.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginManagement;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.model.ReportSet;
import org.apache.maven.model.Reporting;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** {@code check} warns in one line when the project's site plugin cannot run the privacyflow report. */
class SitePluginCheckTest {

    private static final String GROUP = "io.github.privacyflow";
    private static final String ARTIFACT = "privacyflow-maven-plugin";

    @Test
    void maven39sDefaultSitePluginGetsTheWarning() {
        Optional<String> warning = SitePluginCheck.warning(project("3.12.1", true, null), GROUP, ARTIFACT);
        assertEquals(Optional.of("privacyflow: the privacyflow report in <reporting> needs maven-site-plugin 3.20.0 or later, "
                + "but this project's maven-site-plugin is 3.12.1, with which mvn site fails with a class-loading error; set "
                + "maven-site-plugin's <version> to 3.20.0 or later in <build><plugins> or <build><pluginManagement>"), warning);
        assertTrue(SitePluginCheck.warning(project("3.3", true, null), GROUP, ARTIFACT).isPresent(), "Maven 3.8's default");
        assertTrue(SitePluginCheck.warning(project("3.19.1", true, null), GROUP, ARTIFACT).isPresent());
    }

    @Test
    void aSitePluginThatRunsTheReportGetsNone() {
        for (String version : new String[] {"3.20.0", "3.21.0", "3.22.0", "4.0.0-M16"}) {
            assertEquals(Optional.empty(), SitePluginCheck.warning(project(version, true, null), GROUP, ARTIFACT), version);
        }
    }

    @Test
    void aProjectWithoutTheReportGetsNone() {
        assertEquals(Optional.empty(), SitePluginCheck.warning(project("3.12.1", false, null), GROUP, ARTIFACT));
        MavenProject otherReportOnly = project("3.12.1", false, null);
        ReportPlugin javadoc = new ReportPlugin();
        javadoc.setArtifactId("maven-javadoc-plugin");
        otherReportOnly.getModel().getReporting().addPlugin(javadoc);
        assertEquals(Optional.empty(), SitePluginCheck.warning(otherReportOnly, GROUP, ARTIFACT));
    }

    @Test
    void reportSetsDecideWhetherTheReportRuns() {
        assertTrue(SitePluginCheck.warning(project("3.12.1", true, "report"), GROUP, ARTIFACT).isPresent());
        assertEquals(Optional.empty(), SitePluginCheck.warning(project("3.12.1", true, "help"), GROUP, ARTIFACT),
                "a report set without the report");
    }

    @Test
    void theManagedVersionCountsAndAMissingOneIsNamed() {
        MavenProject managed = project(null, true, null);
        PluginManagement management = new PluginManagement();
        management.addPlugin(sitePlugin("3.12.1"));
        managed.getModel().getBuild().setPluginManagement(management);
        assertTrue(SitePluginCheck.warning(managed, GROUP, ARTIFACT).orElseThrow().contains("maven-site-plugin is 3.12.1"));

        String none = SitePluginCheck.warning(project(null, true, null), GROUP, ARTIFACT).orElseThrow();
        assertTrue(none.contains("no maven-site-plugin version is set, so Maven takes its default (3.3 in Maven 3.8, 3.12.1 "
                + "in Maven 3.9)"), none);
    }

    /** A module's effective model: the site plugin Maven's site lifecycle runs, and maybe the report. */
    private static MavenProject project(String siteVersion, boolean report, String reportSet) {
        Model model = new Model();
        model.setBuild(new Build());
        if (siteVersion != null) {
            model.getBuild().addPlugin(sitePlugin(siteVersion));
        }
        model.setReporting(new Reporting());
        if (report) {
            ReportPlugin privacyflow = new ReportPlugin();
            privacyflow.setGroupId(GROUP);
            privacyflow.setArtifactId(ARTIFACT);
            if (reportSet != null) {
                ReportSet set = new ReportSet();
                set.addReport(reportSet);
                privacyflow.addReportSet(set);
            }
            model.getReporting().addPlugin(privacyflow);
        }
        return new MavenProject(model);
    }

    private static Plugin sitePlugin(String version) {
        Plugin site = new Plugin();
        site.setGroupId("org.apache.maven.plugins");
        site.setArtifactId("maven-site-plugin");
        site.setVersion(version);
        return site;
    }
}
