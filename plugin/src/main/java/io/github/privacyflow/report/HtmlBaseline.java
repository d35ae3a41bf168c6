package io.github.privacyflow.report;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Severity;

/**
 * The HTML report's baseline parts: the headline's count of baselined findings, the line under it
 * that counts new and baselined findings apart per severity, a finding row's tag, and the list
 * of baseline entries no finding matches any more. Each writes nothing without a baseline.
 */
final class HtmlBaseline {

    private HtmlBaseline() {
    }

    /** What follows the headline's count of new findings: {@code " · 3 baselined"}. */
    static String verdictSuffix(AnalysisResult result, BaselineStates baseline) {
        if (!baseline.compared()) {
            return "";
        }
        return " \u00b7 " + result.findings().stream().filter(baseline::isBaselined).count() + " baselined";
    }

    /** The line under the headline: the baseline file, new and baselined findings per severity, absent entries. */
    static void summaryLine(StringBuilder out, AnalysisResult result, BaselineStates baseline, ReportPaths paths) {
        if (!baseline.compared()) {
            return;
        }
        long newErrors = baseline.count(result.findings(), false, Severity.ERROR);
        long newWarnings = baseline.count(result.findings(), false, Severity.WARNING);
        long oldErrors = baseline.count(result.findings(), true, Severity.ERROR);
        long oldWarnings = baseline.count(result.findings(), true, Severity.WARNING);
        out.append("<p class=\"sub\" id=\"baseline-summary\">Compared with the baseline <code>")
                .append(HtmlText.escape(paths.relative(baseline.baselineFile()))).append("</code>: <strong>")
                .append(HtmlText.count(newErrors + newWarnings, "new finding", "new findings")).append("</strong> (")
                .append(severities(newErrors, newWarnings)).append("), ")
                .append(HtmlText.count(oldErrors + oldWarnings, "baselined finding", "baselined findings")).append(" (")
                .append(severities(oldErrors, oldWarnings)).append("), ")
                .append(HtmlText.count(baseline.absent().size(), "entry", "entries"))
                .append(" no longer found. Only new findings fail the build.</p>\n");
    }

    private static String severities(long errors, long warnings) {
        return HtmlText.count(errors, "error", "errors") + ", " + HtmlText.count(warnings, "warning", "warnings");
    }

    /** A finding row's tag, before its message: <em>new</em> or <em>baselined</em>; empty without a baseline. */
    static String tag(String baselineState) {
        if (BaselineStates.UNCHANGED.equals(baselineState)) {
            return "<span class=\"tag tag-muted\" title=\"accepted by the baseline: it does not fail the build\">baselined</span> ";
        }
        if (BaselineStates.NEW.equals(baselineState)) {
            return "<span class=\"tag tag-bad\" title=\"not in the baseline\">new</span> ";
        }
        return "";
    }

    /** The baseline's entries no finding matches any more: fixed, or the code was renamed or moved. */
    static void absent(StringBuilder out, BaselineStates baseline) {
        if (!baseline.compared()) {
            return;
        }
        out.append("<details class=\"more\" id=\"baseline-absent\"><summary>Baseline entries no longer found (")
                .append(baseline.absent().size()).append(")</summary>\n");
        if (baseline.absent().isEmpty()) {
            out.append("<p class=\"muted\">Every entry of the baseline still matches a finding.</p>\n");
        } else {
            out.append("<p class=\"muted\">Fixed, or the code they were about was renamed or moved; run "
                    + "<code>privacyflow:baseline</code> again to drop them.</p>\n<table class=\"data\"><thead><tr><th>Rule</th>"
                    + "<th>File</th><th>Element</th><th>Message when accepted</th></tr></thead><tbody>\n");
            for (BaselineStates.Absent entry : baseline.absent()) {
                out.append("<tr><td><code>").append(HtmlText.escape(entry.ruleId())).append("</code></td><td><code>")
                        .append(HtmlText.escape(entry.file())).append("</code></td><td><code>").append(HtmlText.escape(entry.element()))
                        .append("</code></td><td>").append(HtmlText.escape(entry.message())).append("</td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        out.append("</details>\n");
    }
}
