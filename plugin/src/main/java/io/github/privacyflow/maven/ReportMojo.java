package io.github.privacyflow.maven;

import io.github.privacyflow.baseline.Baseline;
import io.github.privacyflow.baseline.BaselineException;
import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.finding.PathStep;
import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.datamap.DataMap;
import io.github.privacyflow.policy.Policy;
import io.github.privacyflow.report.BaselineStates;
import io.github.privacyflow.report.HtmlReport;
import io.github.privacyflow.report.ReportPaths;
import io.github.privacyflow.rules.Rule;
import io.github.privacyflow.rules.RuleRegistry;
import java.io.File;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The privacyflow page of the Maven site ({@code mvn site}): the findings, each flow's path,
 * and the data map (the HTML report's picture, then per category), the same content as the HTML
 * report. Configure it under {@code <reporting>}; it reads the compiled classes, so build first.
 *
 * <p>It is built on maven-reporting-api 4 (Doxia 2), so it needs maven-site-plugin 3.20.0 or
 * later; {@code check} warns when the project's site plugin is older (see {@link SitePluginCheck}).
 */
@Mojo(name = "report", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public class ReportMojo extends AbstractMavenReport {

    /** Skips the report. */
    @Parameter(property = "privacyflow.skip", defaultValue = "false")
    private boolean skip;

    /** The policy file; by default looked up as for {@code check}. */
    @Parameter(property = "privacyflow.policy")
    private File policy;

    /** Whether names count as evidence of personal and sensitive data. */
    @Parameter(property = "privacyflow.heuristics", defaultValue = "true")
    private boolean heuristics;

    /** Ant-style patterns of the classes and sources to check. */
    @Parameter
    private List<String> includes;

    /** Ant-style patterns of the classes and sources to leave out. */
    @Parameter
    private List<String> excludes;

    /**
     * A baseline written by {@code privacyflow:baseline}: the page then tells new findings from
     * those the baseline accepted, as {@code check}'s reports do.
     */
    @Parameter(property = "privacyflow.baseline")
    private File baseline;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public String getOutputName() {
        return "privacyflow";
    }

    @Override
    public String getName(Locale locale) {
        return "privacyflow";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Personal data in the code, checked against the data-processing agreement: findings and the data map.";
    }

    @Override
    public boolean canGenerateReport() {
        return !skip && MavenAnalysis.hasCode(getProject());
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        AnalysisResult result;
        try {
            result = new MavenAnalysis(getLog(), session, policy, heuristics, includes, excludes).analyze(getProject(), true);
        } catch (MojoFailureException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        ReportPaths paths = new ReportPaths(getProject().getBasedir().toPath());
        BaselineStates states = baselineStates(result, paths);
        Sink sink = getSink();
        sink.head();
        sink.title();
        sink.text("privacyflow");
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text("privacyflow");
        sink.sectionTitle1_();
        paragraph(sink, "Checked against \"" + result.policy().name() + "\": " + result.count(Severity.ERROR) + " errors, "
                + result.count(Severity.WARNING) + " warnings, " + result.suppressed() + " suppressed, in "
                + result.classesAnalysed() + " classes.");
        if (states.compared()) {
            paragraph(sink, "Compared with the baseline " + paths.relative(states.baselineFile()) + ": "
                    + states.count(result.findings(), false, Severity.ERROR) + " new errors, "
                    + states.count(result.findings(), false, Severity.WARNING) + " new warnings, "
                    + result.findings().stream().filter(states::isBaselined).count() + " baselined, "
                    + states.absent().size() + " baseline entries no longer found. Only new findings fail the build.");
        }
        findings(sink, result, states, paths);
        if (result.dataMap() != null) {
            dataMap(sink, result.dataMap(), result.policy(), paths);
        }
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private BaselineStates baselineStates(AnalysisResult result, ReportPaths paths) throws MavenReportException {
        if (baseline == null) {
            return BaselineStates.NONE;
        }
        try {
            return Baseline.load(baseline.toPath()).compare(result.findings(), paths).states(baseline.toPath());
        } catch (BaselineException e) {
            throw new MavenReportException("privacyflow: " + e.getMessage(), e);
        }
    }

    private static void findings(Sink sink, AnalysisResult result, BaselineStates states, ReportPaths paths) {
        sink.section2();
        sink.sectionTitle2();
        sink.text("Findings");
        sink.sectionTitle2_();
        if (result.findings().isEmpty()) {
            paragraph(sink, "No findings.");
        } else {
            sink.table();
            sink.tableRows();
            if (states.compared()) {
                row(sink, true, "Rule", "Severity", "Baseline", "Location", "Message");
            } else {
                row(sink, true, "Rule", "Severity", "Location", "Message");
            }
            for (Finding finding : result.findings()) {
                String location = paths.relative(finding.location());
                StringBuilder message = new StringBuilder(finding.message());
                int number = 1;
                for (PathStep step : finding.path()) {
                    message.append("\n").append(number++).append(". ").append(step.description()).append(" (")
                            .append(paths.relative(step.location())).append(")");
                }
                if (states.compared()) {
                    row(sink, false, finding.ruleId() + " " + finding.ruleName(), finding.severity().label(),
                            states.isBaselined(finding) ? "baselined" : "new", location, message.toString());
                } else {
                    row(sink, false, finding.ruleId() + " " + finding.ruleName(), finding.severity().label(), location,
                            message.toString());
                }
            }
            sink.tableRows_();
            sink.table_();
        }
        sink.section2_();
        sink.section2();
        sink.sectionTitle2();
        sink.text("Rules");
        sink.sectionTitle2_();
        sink.table();
        sink.tableRows();
        row(sink, true, "Rule", "Severity", "What it reports");
        for (Rule rule : RuleRegistry.all()) {
            row(sink, false, rule.info().id() + " " + rule.info().name(), rule.info().severity().label(), rule.info().summary());
        }
        sink.tableRows_();
        sink.table_();
        sink.section2_();
    }

    private static void dataMap(Sink sink, DataMap dataMap, Policy policy, ReportPaths paths) {
        sink.section2();
        sink.sectionTitle2();
        sink.text("Data map");
        sink.sectionTitle2_();
        paragraph(sink, "Where personal data goes: from each data category, through the purpose in scope at the sink call, to "
                + "the processor that receives it. A band is as wide as the number of sink calls it stands for; red bands and "
                + "boxes are against the agreement.");
        // The HTML report's picture, drawn on the server with its own style sheet, so it shows in
        // any site skin; Doxia passes raw markup through to the page unchanged.
        sink.division();
        sink.rawText(HtmlReport.dataMapPicture(dataMap, policy));
        sink.division_();
        sink.table();
        sink.tableRows();
        row(sink, true, "Category", "Purpose", "Processor", "Sink calls", "Permitted");
        for (DataMap.Edge edge : dataMap.edges()) {
            row(sink, false, edge.category(), edge.purpose(), edge.processor(), String.valueOf(edge.flows()),
                    edge.violation() ? "no" : "yes");
        }
        sink.tableRows_();
        sink.table_();
        for (DataMap.Category category : dataMap.categories()) {
            sink.section3();
            sink.sectionTitle3();
            sink.text(category.name() + (category.title().isEmpty() ? "" : ": " + category.title()));
            sink.sectionTitle3_();
            paragraph(sink, "Retention in the agreement: " + category.policyRetention() + ". " + String.join("; ", category.clauses()));
            if (!category.holders().isEmpty()) {
                sink.table();
                sink.tableRows();
                row(sink, true, "Held in", "Kind", "Location", "Classified by");
                for (DataMap.Holder holder : category.holders()) {
                    row(sink, false, holder.element(), holder.kind(), paths.relative(holder.location()),
                            holder.classifiedBy());
                }
                sink.tableRows_();
                sink.table_();
            }
            sink.section3_();
        }
        sink.section2_();
    }

    private static void paragraph(Sink sink, String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }

    private static void row(Sink sink, boolean header, String... cells) {
        sink.tableRow();
        for (String cell : cells) {
            if (header) {
                sink.tableHeaderCell();
                sink.text(cell);
                sink.tableHeaderCell_();
            } else {
                sink.tableCell();
                sink.text(cell);
                sink.tableCell_();
            }
        }
        sink.tableRow_();
    }
}
