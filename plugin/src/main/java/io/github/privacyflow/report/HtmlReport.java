package io.github.privacyflow.report;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.finding.PathStep;
import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.datamap.DataMap;
import io.github.privacyflow.policy.Category;
import io.github.privacyflow.policy.Policy;
import io.github.privacyflow.policy.Processor;
import io.github.privacyflow.rules.Rule;
import io.github.privacyflow.rules.RuleInfo;
import io.github.privacyflow.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code privacyflow.html}: one self-contained page (inline style sheet and script, no
 * network) with a summary, the findings with filters by rule and severity and their flow paths,
 * the data map as an SVG picture drawn here (so it shows without script), the data map per data
 * category and the rule pages. Output is deterministic (sorted, no timestamps), holds
 * identifiers and locations relative to the module root, never data values, and escapes every
 * text it prints.
 */
public final class HtmlReport {

    /** The report's file name in the output directory. */
    public static final String FILE_NAME = "privacyflow.html";

    private HtmlReport() {
    }

    /**
     * Renders the report.
     *
     * @param result the analysis result
     * @param paths makes file paths relative to the module root
     * @param moduleName the module's name, e.g. its artifactId
     * @return the page
     */
    public static String render(AnalysisResult result, ReportPaths paths, String moduleName) {
        return render(result, BaselineStates.NONE, paths, moduleName);
    }

    /**
     * Renders the report of a build compared with a baseline: the headline counts the new
     * findings (the ones that fail the build) and the baselined ones apart, each finding row
     * says which it is, and the baseline's entries no finding matches any more are listed.
     *
     * @param result the analysis result
     * @param baseline how the findings compare with a baseline, or {@link BaselineStates#NONE}
     * @param paths makes file paths relative to the module root
     * @param moduleName the module's name, e.g. its artifactId
     * @return the page
     */
    public static String render(AnalysisResult result, BaselineStates baseline, ReportPaths paths, String moduleName) {
        String module = moduleName == null || moduleName.isBlank() ? paths.root().getFileName() == null ? "module"
                : paths.root().getFileName().toString() : moduleName;
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", HtmlText.escape(ToolVersion.get()));
        values.put("title", HtmlText.escape("privacyflow \u00b7 " + module));
        values.put("style", HtmlText.resource("report.css").strip());
        values.put("script", HtmlText.resource("report.js").strip());
        values.put("content", content(result, baseline, paths, module));
        return fill(HtmlText.resource("report.html"), values);
    }

    /**
     * Renders the report into a file, creating its folder.
     *
     * @param result the analysis result
     * @param paths makes file paths relative to the module root
     * @param moduleName the module's name
     * @param file the target file
     * @throws IOException when the file cannot be written
     */
    public static void write(AnalysisResult result, ReportPaths paths, String moduleName, Path file) throws IOException {
        write(result, BaselineStates.NONE, paths, moduleName, file);
    }

    /**
     * Renders the report of a build compared with a baseline into a file, creating its folder.
     *
     * @param result the analysis result
     * @param baseline how the findings compare with a baseline, or {@link BaselineStates#NONE}
     * @param paths makes file paths relative to the module root
     * @param moduleName the module's name
     * @param file the target file
     * @throws IOException when the file cannot be written
     */
    public static void write(AnalysisResult result, BaselineStates baseline, ReportPaths paths, String moduleName, Path file)
            throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, render(result, baseline, paths, moduleName), StandardCharsets.UTF_8);
    }

    /**
     * Draws the data map picture of this report (categories to purposes to processors) as an SVG
     * element that carries its own style sheet, for other pages, such as the Maven site page.
     *
     * @param dataMap the data map
     * @param policy the agreement, which says what it defines and permits
     * @return the {@code <svg>} element
     */
    public static String dataMapPicture(DataMap dataMap, Policy policy) {
        return HtmlDataMap.standaloneSvg(dataMap, policy);
    }

    /** Replaces {@code {{name}}} in the template only, so no inserted text is read as a placeholder. */
    private static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 65536);
        int at = 0;
        while (true) {
            int open = template.indexOf("{{", at);
            if (open < 0) {
                break;
            }
            int close = template.indexOf("}}", open);
            String name = template.substring(open + 2, close);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalStateException("the HTML template names an unknown value " + name);
            }
            out.append(template, at, open).append(value);
            at = close + 2;
        }
        return out.append(template.substring(at)).toString();
    }

    private static String content(AnalysisResult result, BaselineStates baseline, ReportPaths paths, String module) {
        StringBuilder out = new StringBuilder();
        header(out, result, baseline, paths, module);
        out.append("<main class=\"wrap\">\n");
        summary(out, result, paths);
        if (result.dataMap() != null) {
            dataMap(out, result.dataMap(), result.policy());
        }
        findings(out, result, baseline, paths);
        if (result.dataMap() != null) {
            categories(out, result.dataMap(), paths);
        }
        rules(out, result);
        out.append("</main>\n");
        out.append("<footer><div class=\"wrap\">Generated by privacyflow ").append(HtmlText.escape(ToolVersion.get()))
                .append(" for module <code>").append(HtmlText.escape(module)).append("</code>. Paths are relative to the module root. "
                        + "This report holds identifiers and code locations, never data values; it loads nothing from the network."
                        + "</div></footer>");
        return out.toString();
    }

    private static void header(StringBuilder out, AnalysisResult result, BaselineStates baseline, ReportPaths paths,
            String module) {
        // With a baseline the verdict is about the new findings, the ones that fail the build.
        long errors = baseline.count(result.findings(), false, Severity.ERROR);
        long warnings = baseline.count(result.findings(), false, Severity.WARNING);
        String verdictClass = errors > 0 ? "fail" : warnings > 0 ? "warn" : "pass";
        String fresh = baseline.compared() ? "new " : "";
        String verdict = errors + warnings == 0 ? "no " + fresh + "findings"
                : errors == 0 ? HtmlText.count(warnings, fresh + "warning", fresh + "warnings")
                : warnings == 0 ? HtmlText.count(errors, fresh + "error", fresh + "errors")
                : HtmlText.count(errors, fresh + "error", fresh + "errors") + " \u00b7 "
                        + HtmlText.count(warnings, fresh + "warning", fresh + "warnings");
        verdict += HtmlBaseline.verdictSuffix(result, baseline);
        out.append("<header class=\"top\"><div class=\"wrap\">\n")
                .append("<div class=\"brand\"><span class=\"logo\" aria-hidden=\"true\"></span>privacyflow report</div>\n")
                .append("<h1>").append(HtmlText.escape(module)).append("<span class=\"verdict ").append(verdictClass).append("\">")
                .append(verdict).append("</span></h1>\n")
                .append("<p class=\"sub\">Checked against <strong>").append(HtmlText.escape(result.policy().name()))
                .append("</strong> (").append(HtmlText.escape(policySource(result.policy(), paths))).append(") \u00b7 privacyflow ")
                .append(HtmlText.escape(ToolVersion.get())).append("</p>\n");
        HtmlBaseline.summaryLine(out, result, baseline, paths);
        out.append("<nav><a href=\"#summary\">Summary</a>");
        if (result.dataMap() != null) {
            out.append("<a href=\"#data-map\">Data map</a>");
        }
        out.append("<a href=\"#findings\">Findings</a>");
        if (result.dataMap() != null) {
            out.append("<a href=\"#categories\">Categories</a>");
        }
        out.append("<a href=\"#rules\">Rules</a></nav>\n</div></header>\n");
    }

    private static String policySource(Policy policy, ReportPaths paths) {
        return policy.origin() == null ? "embedded agreement" : paths.relative(policy.origin());
    }

    private static void summary(StringBuilder out, AnalysisResult result, ReportPaths paths) {
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        out.append("<section id=\"summary\">\n<h2>Summary</h2>\n<p class=\"lead\">What the check found in this module, "
                + "and the agreement it enforced.</p>\n<div class=\"stats\">\n");
        stat(out, "errors", errors, errors == 1 ? "error" : "errors");
        stat(out, "warnings", warnings, warnings == 1 ? "warning" : "warnings");
        stat(out, "suppressed", result.suppressed(), "suppressed by <code>@SuppressWarnings</code>");
        stat(out, "classes", result.classesAnalysed(), "classes analysed");
        if (result.dataMap() != null) {
            int calls = result.dataMap().edges().stream().mapToInt(DataMap.Edge::flows).sum();
            int against = result.dataMap().edges().stream().filter(DataMap.Edge::violation)
                    .mapToInt(DataMap.Edge::flows).sum();
            stat(out, "flows", calls, "sink calls with personal data, <strong>" + against + "</strong> against the agreement");
        } else {
            long rulesHit = result.findings().stream().map(Finding::ruleId).distinct().count();
            stat(out, "flows", rulesHit, "rules with findings");
        }
        out.append("</div>\n<div class=\"grid2\">\n<div class=\"card\"><h3>Findings per rule</h3>\n<table class=\"rulecount\">\n");
        Map<String, Long> perRule = perRule(result);
        long most = perRule.values().stream().mapToLong(Long::longValue).max().orElse(0);
        for (Map.Entry<String, Long> entry : perRule.entrySet()) {
            String id = entry.getKey();
            long count = entry.getValue();
            String name = ruleName(id, result);
            Severity severity = ruleSeverity(id, result);
            out.append("<tr").append(count == 0 ? " class=\"none\"" : "").append("><td class=\"rid\">");
            if (count > 0) {
                out.append("<a href=\"#findings\" data-only-rule=\"").append(HtmlText.escape(id)).append("\">")
                        .append(HtmlText.escape(id)).append("</a>");
            } else {
                out.append(HtmlText.escape(id));
            }
            out.append("</td><td class=\"rname\">").append(HtmlText.escape(name)).append("</td><td class=\"bar\">");
            if (count > 0) {
                long percent = Math.max(1, Math.round(100.0 * count / most));
                out.append("<span class=\"").append(severity.label()).append("\" style=\"width:").append(percent).append("%\"></span>");
            }
            out.append("</td><td class=\"n\">").append(count).append("</td></tr>\n");
        }
        out.append("</table></div>\n");
        Policy policy = result.policy();
        out.append("<div class=\"card\"><h3>Agreement</h3>\n<dl class=\"facts\">\n")
                .append("<dt>Name</dt><dd>").append(HtmlText.escape(policy.name())).append("</dd>\n")
                .append("<dt>Policy</dt><dd>").append(HtmlText.escape(policySource(policy, paths))).append("</dd>\n")
                .append("<dt>Categories</dt><dd>");
        for (Category category : policy.categories().values()) {
            pill(out, category.name(), category.title());
        }
        out.append("</dd>\n<dt>Purposes</dt><dd>");
        for (Map.Entry<String, String> purpose : policy.purposes().entrySet()) {
            pill(out, purpose.getKey(), purpose.getValue());
        }
        out.append("</dd>\n<dt>Processors</dt><dd>");
        for (Processor processor : policy.processors().values()) {
            // by its title, as the agreement names it; the name and sink kinds in the tooltip
            pill(out, processor.title(), processor.name() + " (sinks: " + String.join(", ", processor.sinks()) + ")");
        }
        ownSinkKinds(out, policy);
        out.append("</dd>\n<dt>Sensitive data</dt><dd>").append(policy.sensitiveDataForbidden() ? "forbidden" : "allowed")
                .append("</dd>\n</dl></div>\n</div>\n</section>\n");
    }

    /** The sink kinds the policy names itself (e.g. sms-gateway), by their titles; nothing when it names none. */
    private static void ownSinkKinds(StringBuilder out, Policy policy) {
        java.util.List<String> own = policy.sinkKinds().stream()
                .filter(kind -> !io.github.privacyflow.policy.SinkKind.isBuiltIn(kind)).toList();
        if (own.isEmpty()) {
            return;
        }
        out.append("</dd>\n<dt>Own sink kinds</dt><dd>");
        for (String kind : own) {
            pill(out, kind + " \u2014 " + policy.sinkKindTitle(kind), "a sink kind this policy defines");
        }
    }

    private static void stat(StringBuilder out, String kind, long value, String labelHtml) {
        out.append("<div class=\"stat ").append(kind).append(value == 0 ? " zero" : "").append("\"><div class=\"value\" id=\"stat-")
                .append(kind).append("\">").append(value).append("</div><div class=\"label\">").append(labelHtml)
                .append("</div></div>\n");
    }

    private static void pill(StringBuilder out, String name, String title) {
        out.append("<span class=\"pill\" title=\"").append(HtmlText.escape(title)).append("\">").append(HtmlText.escape(name))
                .append("</span>");
    }

    /** Every registered rule, then any other rule id the findings carry; with their finding counts. */
    private static Map<String, Long> perRule(AnalysisResult result) {
        Map<String, Long> counts = new TreeMap<>();
        for (Rule rule : RuleRegistry.all()) {
            counts.put(rule.info().id(), 0L);
        }
        for (Finding finding : result.findings()) {
            counts.merge(finding.ruleId(), 1L, Long::sum);
        }
        return counts;
    }

    private static String ruleName(String id, AnalysisResult result) {
        return RuleRegistry.byId(id).map(rule -> rule.info().name()).orElseGet(() -> result.findings().stream()
                .filter(finding -> finding.ruleId().equals(id)).map(Finding::ruleName).findFirst().orElse(""));
    }

    private static Severity ruleSeverity(String id, AnalysisResult result) {
        return result.findings().stream().filter(finding -> finding.ruleId().equals(id)).map(Finding::severity).findFirst()
                .orElseGet(() -> RuleRegistry.byId(id).map(rule -> rule.info().severity()).orElse(Severity.ERROR));
    }

    private static void dataMap(StringBuilder out, DataMap dataMap, Policy policy) {
        out.append("<section id=\"data-map\">\n<h2>Data map</h2>\n<p class=\"lead\">Where personal data goes: from each data "
                + "category, through the purpose in scope at the sink call, to the processor that receives it. A band is as wide "
                + "as the number of sink calls it stands for; hover it for the details.</p>\n");
        out.append("<div class=\"card datamap-box\">\n<div class=\"legend\" id=\"datamap-legend\">")
                .append("<span class=\"item\"><svg width=\"34\" height=\"12\" aria-hidden=\"true\"><line x1=\"1\" y1=\"6\" x2=\"33\" "
                        + "y2=\"6\" stroke=\"").append(HtmlDataMap.PERMITTED).append("\" stroke-opacity=\"0.5\" stroke-width=\"8\"/></svg>"
                        + "permitted by the agreement</span>")
                .append("<span class=\"item\"><svg width=\"34\" height=\"12\" aria-hidden=\"true\"><line x1=\"1\" y1=\"6\" x2=\"33\" "
                        + "y2=\"6\" stroke=\"").append(HtmlDataMap.VIOLATION).append("\" stroke-opacity=\"0.75\" stroke-width=\"8\"/></svg>"
                        + "violation: purpose or processor not permitted for the category</span>")
                .append("<span class=\"item\"><svg width=\"26\" height=\"16\" aria-hidden=\"true\"><rect x=\"1\" y=\"1\" width=\"24\" "
                        + "height=\"14\" rx=\"3\" fill=\"#fef3f2\" stroke=\"").append(HtmlDataMap.VIOLATION)
                .append("\" stroke-width=\"1.5\"/></svg>not in the agreement (no purpose, no processor, undefined)</span>")
                .append("<span class=\"item\"><svg width=\"26\" height=\"16\" aria-hidden=\"true\"><rect x=\"1\" y=\"1\" width=\"24\" "
                        + "height=\"14\" rx=\"3\" fill=\"#f8fafc\" stroke=\"#c5ccd6\" stroke-dasharray=\"4 3\"/></svg>"
                        + "in the agreement, no flow found</span>")
                .append("<span class=\"item\">width = sink calls</span></div>\n");
        out.append(HtmlDataMap.svg(dataMap, policy)).append('\n');
        out.append("<details class=\"more\"><summary>The flows as a table (").append(dataMap.edges().size())
                .append(")</summary>\n").append(HtmlDataMap.table(dataMap)).append("\n</details>\n</div>\n</section>\n");
    }

    private static void findings(StringBuilder out, AnalysisResult result, BaselineStates baseline, ReportPaths paths) {
        int total = result.findings().size();
        out.append("<section id=\"findings\">\n<h2>Findings<span class=\"h-count\">").append(total).append("</span></h2>\n")
                .append("<p class=\"lead\">Each finding names the data, its category and the clause it breaks; a flow finding "
                        + "also lists its path from the source to the sink call.</p>\n");
        Map<String, Long> severityCounts = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            severityCounts.put(severity.label(), result.count(severity));
        }
        Map<String, Long> ruleCounts = new TreeMap<>();
        Map<String, String> ruleNames = new TreeMap<>();
        for (Finding finding : result.findings()) {
            ruleCounts.merge(finding.ruleId(), 1L, Long::sum);
            ruleNames.putIfAbsent(finding.ruleId(), finding.ruleName());
        }
        out.append("<div class=\"filters\" id=\"filters\">\n<div class=\"filter-row\"><div class=\"filter-group\" role=\"group\" "
                + "aria-label=\"Severity\"><span class=\"filter-label\">Severity</span>");
        for (Map.Entry<String, Long> entry : severityCounts.entrySet()) {
            String severity = entry.getKey();
            out.append("<label class=\"chip sev-").append(severity).append("\"><input type=\"checkbox\" name=\"severity\" value=\"")
                    .append(severity).append("\" checked>").append(severity).append(" <span class=\"n\" data-count-severity=\"")
                    .append(severity).append("\">").append(entry.getValue()).append("</span></label>");
        }
        out.append("</div>\n<div class=\"filter-tools\"><span class=\"shown\" id=\"findings-shown\">").append(total)
                .append(total == 1 ? " finding" : " findings").append("</span>")
                .append("<input type=\"search\" id=\"filter-text\" placeholder=\"Filter by file, element or message\" "
                        + "aria-label=\"Filter by text\">")
                .append("<button type=\"button\" id=\"toggle-paths\">Expand all paths</button>")
                .append("<button type=\"button\" id=\"reset-filters\">Reset</button></div></div>\n");
        out.append("<div class=\"filter-row\"><div class=\"filter-group\" role=\"group\" aria-label=\"Rule\">"
                + "<span class=\"filter-label\">Rule</span>");
        for (Map.Entry<String, Long> entry : ruleCounts.entrySet()) {
            String id = HtmlText.escape(entry.getKey());
            out.append("<label class=\"chip\" title=\"").append(HtmlText.escape(ruleNames.get(entry.getKey()))).append("\">")
                    .append("<input type=\"checkbox\" name=\"rule\" value=\"").append(id).append("\" checked><code>").append(id)
                    .append("</code> ").append(HtmlText.escape(ruleNames.get(entry.getKey())))
                    .append(" <span class=\"n\" data-count-rule=\"").append(id).append("\">").append(entry.getValue())
                    .append("</span></label>");
        }
        if (ruleCounts.isEmpty()) {
            out.append("<span class=\"muted\">none</span>");
        }
        out.append("</div></div>\n</div>\n");
        out.append("<div class=\"table-box\"><table class=\"findings\" id=\"findings-table\">\n<colgroup><col class=\"c-sev\">"
                + "<col class=\"c-rule\"><col class=\"c-loc\"><col class=\"c-msg\"></colgroup>\n<thead><tr><th>Severity</th>"
                + "<th>Rule</th><th>Location</th><th>Message</th></tr></thead>\n<tbody>\n");
        int index = 0;
        for (Finding finding : result.findings()) {
            index++;
            finding(out, finding, index, paths, baseline.state(finding));
        }
        if (total == 0) {
            out.append("<tr class=\"empty\" id=\"findings-none\"><td colspan=\"4\">No findings: the code keeps to the agreement."
                    + "</td></tr>\n");
        }
        out.append("<tr class=\"empty\" id=\"findings-empty\" hidden><td colspan=\"4\">No finding matches the filters.</td></tr>\n");
        out.append("</tbody>\n</table></div>\n");
        HtmlBaseline.absent(out, baseline);
        suppressed(out, result, paths);
        out.append("</section>\n");
    }

    /** The findings {@code @SuppressWarnings} silenced, listed apart under the table; nothing when there are none. */
    private static void suppressed(StringBuilder out, AnalysisResult result, ReportPaths paths) {
        if (result.suppressedFindings().isEmpty()) {
            return;
        }
        out.append("<details class=\"more\" id=\"suppressed\"><summary>Suppressed findings (").append(result.suppressed())
                .append(")</summary>\n<p class=\"muted\">Silenced by <code>@SuppressWarnings</code> in the code: they do not fail "
                        + "the build and are not counted above.</p>\n<table class=\"data\"><thead><tr><th>Rule</th><th>Location</th>"
                        + "<th>Message</th></tr></thead><tbody>\n");
        for (Finding finding : result.suppressedFindings()) {
            out.append("<tr class=\"suppressed-finding\" data-rule=\"").append(HtmlText.escape(finding.ruleId()))
                    .append("\"><td><a class=\"rule-id\" href=\"#rule-").append(HtmlText.escape(finding.ruleId())).append("\">")
                    .append(HtmlText.escape(finding.ruleId())).append("</a> ").append(HtmlText.escape(finding.ruleName()))
                    .append("</td><td class=\"where\">").append(HtmlText.location(finding.location(), paths)).append("</td><td>")
                    .append(HtmlText.escape(finding.message())).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n</details>\n");
    }

    private static void finding(StringBuilder out, Finding finding, int index, ReportPaths paths, String baselineState) {
        String severity = finding.severity().label();
        out.append("<tr class=\"finding\" id=\"finding-").append(index).append("\" data-severity=\"").append(severity)
                .append("\" data-rule=\"").append(HtmlText.escape(finding.ruleId())).append('"');
        if (baselineState != null) {
            out.append(" data-baseline=\"").append(baselineState).append('"');
        }
        out.append('>')
                .append("<td><span class=\"sev sev-").append(severity).append("\">").append(severity).append("</span></td>")
                .append("<td><a class=\"rule-id\" href=\"#rule-").append(HtmlText.escape(finding.ruleId())).append("\">")
                .append(HtmlText.escape(finding.ruleId())).append("</a><span class=\"rule-name\">")
                .append(HtmlText.escape(finding.ruleName())).append("</span></td>")
                .append("<td class=\"where\">").append(HtmlText.location(finding.location(), paths)).append("</td>")
                .append("<td class=\"msg\">").append(HtmlBaseline.tag(baselineState)).append("<span class=\"text\">")
                .append(HtmlText.escape(finding.message())).append("</span>");
        if (finding.elementSignature() != null && !finding.elementSignature().isEmpty()) {
            out.append("<span class=\"element\">").append(HtmlText.escape(finding.elementSignature())).append("</span>");
        }
        if (!finding.path().isEmpty()) {
            out.append("<details class=\"path\"><summary>Flow path \u00b7 ")
                    .append(HtmlText.count(finding.path().size(), "step", "steps")).append("</summary><ol>");
            for (PathStep step : finding.path()) {
                out.append("<li><span class=\"step\">").append(HtmlText.escape(step.description())).append("</span>")
                        .append(HtmlText.location(step.location(), paths)).append("</li>");
            }
            out.append("</ol></details>");
        }
        out.append("</td></tr>\n");
    }

    private static void categories(StringBuilder out, DataMap dataMap, ReportPaths paths) {
        out.append("<section id=\"categories\">\n<h2>Data categories</h2>\n<p class=\"lead\">Every data category: where the "
                + "code holds it, the purposes and processors it reaches, and how long it is kept compared with the agreement."
                + "</p>\n<div class=\"cats\">\n");
        for (DataMap.Category category : dataMap.categories()) {
            category(out, category, paths);
        }
        out.append("</div>\n</section>\n");
    }

    private static void category(StringBuilder out, DataMap.Category category, ReportPaths paths) {
        out.append("<article class=\"card cat\" id=\"category-").append(HtmlText.slug(category.name())).append("\">\n<header><h3><code>")
                .append(HtmlText.escape(category.name())).append("</code></h3>");
        if (!category.title().isEmpty()) {
            out.append("<span class=\"title\">").append(HtmlText.escape(category.title())).append("</span>");
        }
        out.append(category.defined() ? "<span class=\"tag tag-muted\">in the agreement</span>"
                : "<span class=\"tag tag-bad\">not defined by the agreement</span>");
        out.append("<span class=\"muted\">").append(HtmlText.count(category.holders().size(), "holder", "holders"))
                .append("</span></header>\n<div class=\"cat-grid\">\n");
        uses(out, "Purposes", category.purposes());
        uses(out, "Processors", category.processors());
        out.append("<div><h4>Retention</h4><p class=\"retention-policy\">Agreement: <strong>")
                .append(HtmlText.escape(category.policyRetention())).append("</strong></p>");
        if (category.retentions().isEmpty()) {
            out.append("<p class=\"muted\">No <code>@Retain</code> declared on data of this category.</p>");
        } else {
            out.append("<ul class=\"uses\">");
            for (DataMap.Retention retention : category.retentions()) {
                out.append("<li").append(retention.exceedsPolicy() ? " class=\"bad\"" : "").append("><span><code>")
                        .append(HtmlText.escape(retention.element())).append("</code> keeps it <strong>")
                        .append(HtmlText.escape(retention.declared())).append("</strong><br>")
                        .append(HtmlText.location(retention.location(), paths)).append("</span>")
                        .append(retention.exceedsPolicy() ? "<span class=\"tag tag-bad\">exceeds</span>"
                                : "<span class=\"tag tag-ok\">within</span>")
                        .append("</li>");
            }
            out.append("</ul>");
        }
        out.append("</div>\n</div>\n");
        if (!category.clauses().isEmpty()) {
            out.append("<div class=\"clauses\"><h4>The agreement</h4><ul>");
            for (String clause : category.clauses()) {
                out.append("<li>").append(HtmlText.escape(clause)).append("</li>");
            }
            out.append("</ul></div>\n");
        }
        int holders = category.holders().size();
        if (holders > 0) {
            out.append("<details class=\"more\"").append(holders <= 12 ? " open" : "").append("><summary>Where the code holds it (")
                    .append(holders).append(")</summary>\n<table class=\"data\"><thead><tr><th>Element</th><th>Kind</th>"
                            + "<th>Classified by</th><th>Declared at</th></tr></thead><tbody>\n");
            for (DataMap.Holder holder : category.holders()) {
                out.append("<tr><td><code title=\"").append(HtmlText.escape(holder.signature())).append("\">")
                        .append(HtmlText.escape(holder.element())).append("</code></td><td>").append(HtmlText.escape(holder.kind()))
                        .append("</td><td>").append(HtmlText.escape(holder.classifiedBy())).append("</td><td>")
                        .append(HtmlText.location(holder.location(), paths)).append("</td></tr>\n");
            }
            out.append("</tbody></table>\n</details>\n");
        }
        out.append("</article>\n");
    }

    private static void uses(StringBuilder out, String title, java.util.List<DataMap.Use> uses) {
        out.append("<div><h4>").append(title).append("</h4>");
        if (uses.isEmpty()) {
            out.append("<p class=\"muted\">No flow to a sink found.</p>");
        } else {
            out.append("<ul class=\"uses\">");
            for (DataMap.Use use : uses) {
                out.append("<li").append(use.permitted() ? "" : " class=\"bad\"").append("><code>").append(HtmlText.escape(use.name()))
                        .append("</code>").append(use.title().isEmpty() || use.title().equals(use.name()) ? ""
                                : "<span class=\"title\">" + HtmlText.escape(use.title()) + "</span>")
                        .append("<span class=\"calls\">").append(HtmlText.count(use.flows(), "sink call", "sink calls"))
                        .append("</span>").append(use.permitted() ? "<span class=\"tag tag-ok\">permitted</span>"
                                : "<span class=\"tag tag-bad\">not permitted</span>")
                        .append("</li>");
            }
            out.append("</ul>");
        }
        out.append("</div>\n");
    }

    private static void rules(StringBuilder out, AnalysisResult result) {
        out.append("<section id=\"rules\">\n<h2>Rules</h2>\n<p class=\"lead\">The rules privacyflow checks, with the agreement "
                + "clause each enforces. Open a rule for its page: what it means, an example and how to fix it.</p>\n"
                + "<div class=\"rules\">\n");
        Map<String, Long> counts = perRule(result);
        for (Rule rule : RuleRegistry.all()) {
            RuleInfo info = rule.info();
            long count = counts.getOrDefault(info.id(), 0L);
            out.append("<details class=\"rule\" id=\"rule-").append(HtmlText.escape(info.id())).append("\"><summary>")
                    .append("<span class=\"rid\">").append(HtmlText.escape(info.id())).append("</span><span><strong>")
                    .append(HtmlText.escape(info.name())).append("</strong></span><span class=\"sev sev-")
                    .append(info.severity().label()).append("\">").append(info.severity().label()).append("</span>")
                    .append("<span class=\"rsum\">").append(HtmlText.escape(info.summary())).append("</span><span class=\"rn\">")
                    .append(HtmlText.count(count, "finding", "findings")).append("</span></summary>\n<div class=\"rule-page\">\n")
                    .append(rulePage(info))
                    .append("<p class=\"muted\">Published at <code>").append(HtmlText.escape(RuleDocs.uri(info.id())))
                    .append("</code></p>\n</div></details>\n");
        }
        out.append("</div>\n</section>\n");
    }

    /** The rule's page from the jar; its id, severity and clause alone when the page is missing. */
    private static String rulePage(RuleInfo info) {
        try {
            return HtmlMarkdown.render(RuleDocs.markdown(info.id()), 1, true);
        } catch (IllegalStateException missing) {
            return "<p><strong>Clause:</strong> " + HtmlText.escape(info.clause()) + "</p>\n";
        }
    }
}
