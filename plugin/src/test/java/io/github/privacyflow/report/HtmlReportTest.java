package io.github.privacyflow.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.finding.PathStep;
import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.datamap.DataMap;
import io.github.privacyflow.model.SourceLocation;
import io.github.privacyflow.policy.PolicyLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report as text: escaping, controls, the data map, no network, determinism. */
class HtmlReportTest {

    private static final Path ROOT = Path.of("/home/dev/classroom").toAbsolutePath();
    private static final String NASTY = "<script>alert('x')</script> & \"quoted\" </td>";

    @TempDir
    Path folder;

    @Test
    void everyTextIsEscaped() {
        String html = HtmlReport.render(nastyResult(), new ReportPaths(ROOT), "<module & 'name'>");
        assertEquals(1, count(html, "<script"), "only the report's own script");
        assertFalse(html.contains("alert('x')"), "a message was printed raw");
        String escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot; &lt;/td&gt;";
        assertTrue(html.contains("<span class=\"text\">" + escaped + "</span>"), "the message, escaped");
        assertTrue(html.contains("<span class=\"step\">reads " + escaped + "</span>"), "a path step, escaped");
        assertTrue(html.contains("org.example.Box&lt;T&gt;#value"), "the element, escaped");
        assertTrue(html.contains("<title>privacyflow \u00b7 &lt;module &amp; &#39;name&#39;&gt;</title>"));
        assertTrue(html.contains("src/main/java/org/example/&lt;odd&gt;/"), "a path, escaped");
        assertTrue(html.contains("data-category=\"we&quot;ird&lt;cat&gt;\""), "an attribute, escaped");
        assertFalse(html.contains("we\"ird"), "a raw quote would end an attribute");
        assertFalse(html.contains("<cat>"));
    }

    @Test
    void filterControlsAndFindingRows() {
        String html = render(classroom(folder.resolve("a")), folder.resolve("a"));
        assertTrue(html.contains("<div class=\"filters\" id=\"filters\">"));
        assertEquals(2, count(html, "<input type=\"checkbox\" name=\"severity\""));
        assertTrue(html.contains("<input type=\"checkbox\" name=\"severity\" value=\"error\" checked>error "
                + "<span class=\"n\" data-count-severity=\"error\">11</span>"));
        assertTrue(html.contains("value=\"warning\" checked>warning <span class=\"n\" data-count-severity=\"warning\">1</span>"));
        for (String rule : List.of("PF001", "PF002", "PF003", "PF004", "PF005", "PF006", "PF007", "PF008", "PF010")) {
            assertTrue(html.contains("<input type=\"checkbox\" name=\"rule\" value=\"" + rule + "\" checked>"), rule);
        }
        assertFalse(html.contains("name=\"rule\" value=\"PF009\""), "no filter for a rule without findings");
        assertTrue(html.contains("data-count-rule=\"PF005\">3</span>"));
        assertTrue(html.contains("id=\"filter-text\"") && html.contains("id=\"toggle-paths\"") && html.contains("id=\"reset-filters\""));
        assertEquals(12, count(html, "<tr class=\"finding\""));
        assertEquals(1, count(html, "<tr class=\"finding\" id=\"finding-1\" data-severity=\"error\" data-rule=\"PF007\">"));
        assertEquals(6, count(html, "<details class=\"path\">"), "one path per flow finding");
        assertTrue(html.contains("<summary>Flow path \u00b7 3 steps</summary>"));
        assertTrue(html.contains("<span class=\"dir\">src/main/java/org/example/classroom/</span>"
                + "<span class=\"file\">ClassroomService.java</span><span class=\"line\">:33:"), "relative paths, with lines and columns");
        assertFalse(html.contains(folder.toString()), "no absolute path");
        assertTrue(html.contains("<a href=\"#findings\" data-only-rule=\"PF005\">PF005</a>"), "per-rule counts link to the filter");
    }

    @Test
    void theDataMapIsAnSvgDrawnOnTheServer() {
        String html = render(classroom(folder.resolve("a")), folder.resolve("a"));
        int start = html.indexOf("<svg class=\"datamap\"");
        int end = html.indexOf("</svg>", start);
        assertTrue(start > 0 && end > start, "the data map picture");
        String svg = html.substring(start, end);
        assertEquals(2, count(svg, "<g class=\"dm-node dm-category"));
        assertEquals(4, count(svg, "<g class=\"dm-node dm-purpose"), "provide-feature, troubleshooting, analytics, (no purpose)");
        assertEquals(5, count(svg, "<g class=\"dm-node dm-processor"), "three processors and two (no processor: …)");
        assertTrue(svg.contains("<g class=\"dm-node dm-purpose dm-node-violation\" data-name=\"(no purpose)\">"));
        assertTrue(svg.contains("<g class=\"dm-node dm-purpose dm-node-violation\" data-name=\"analytics\">"));
        assertTrue(svg.contains("<g class=\"dm-node dm-processor dm-node-violation\" data-name=\"(no processor: http)\">"));
        assertTrue(svg.contains("<g class=\"dm-node dm-processor dm-node-violation\" data-name=\"(no processor: file)\">"));
        assertTrue(svg.contains("<g class=\"dm-node dm-processor\" data-name=\"mysql\">"));
        // 9 flows, two segments each
        assertEquals(18, count(svg, "<path class=\"dm-band"));
        // generated-content → troubleshooting → cloud-log-service: both the purpose and the processor are not permitted
        assertTrue(Pattern.compile("<path class=\"dm-band dm-violation\" d=\"[^\"]+\" stroke=\"#d92d20\" stroke-width=\"[0-9.]+\" "
                + "fill=\"none\" data-category=\"generated-content\" data-purpose=\"troubleshooting\" "
                + "data-processor=\"cloud-log-service\"><title>[^<]*purpose not permitted").matcher(svg).find());
        // user-interaction → provide-feature → mysql, 2 sink calls: permitted, twice as wide as a single call
        Matcher mysql = Pattern.compile("<path class=\"dm-band\" d=\"[^\"]+\" stroke=\"#3b6fd8\" stroke-width=\"([0-9.]+)\" fill=\"none\" "
                + "data-category=\"user-interaction\" data-purpose=\"provide-feature\" data-processor=\"mysql\">").matcher(svg);
        assertTrue(mysql.find());
        Matcher single = Pattern.compile("stroke-width=\"([0-9.]+)\" fill=\"none\" data-category=\"user-interaction\" "
                + "data-purpose=\"troubleshooting\"").matcher(svg);
        assertTrue(single.find());
        assertEquals(2 * Double.parseDouble(single.group(1)), Double.parseDouble(mysql.group(1)), 0.11);
        assertTrue(html.contains("id=\"datamap-legend\""), "the legend");
        assertTrue(html.contains("<td class=\"num\">2</td><td><span class=\"tag tag-ok\">permitted</span>"), "the flows table");
    }

    @Test
    void theDataMapPerCategory() {
        String html = render(classroom(folder.resolve("a")), folder.resolve("a"));
        int start = html.indexOf("<article class=\"card cat\" id=\"category-user-interaction\">");
        assertTrue(start > 0);
        String card = html.substring(start, html.indexOf("</article>", start));
        assertTrue(card.contains("Agreement: <strong>at most 180 days</strong>"));
        assertTrue(card.contains("<li class=\"bad\"><span><code>AttendanceLog</code> keeps it <strong>365 days</strong>"));
        assertTrue(card.contains("<span class=\"tag tag-bad\">exceeds</span>"));
        assertTrue(card.contains("<code>Participant</code> keeps it <strong>90 days</strong>"));
        assertTrue(card.contains("<li class=\"bad\"><code>(no purpose)</code>"));
        // processors by their title in the agreement, next to the name annotations use
        assertTrue(card.contains("<li><code>mysql</code><span class=\"title\">TencentDB for MySQL</span>"
                + "<span class=\"calls\">2 sink calls</span>"));
        assertTrue(card.contains("<code title=\"org.example.classroom.Participant#phoneNumber\">Participant.phoneNumber</code>"
                + "</td><td>field</td><td>name</td>"));
        assertTrue(card.contains("<span class=\"file\">Participant.java</span><span class=\"line\">:14:12</span>"));
    }

    @Test
    void nothingIsLoadedFromTheNetwork() {
        String html = render(classroom(folder.resolve("a")), folder.resolve("a"));
        Matcher references = Pattern.compile("(?i)\\b(src|href|action|poster|srcset|xlink:href)\\s*=\\s*[\"']?([^\"'\\s>]*)").matcher(html);
        int links = 0;
        while (references.find()) {
            String target = references.group(2);
            assertFalse(target.matches("(?i)(https?:|//|ftp:|file:|data:).*"), "external reference " + references.group());
            assertTrue(target.startsWith("#"), "only links inside the page: " + references.group());
            links++;
        }
        assertTrue(links > 10);
        assertFalse(Pattern.compile("(?i)\\bsrc\\s*=").matcher(html).find(), "no src attribute at all");
        assertFalse(Pattern.compile("(?i)url\\(|@import|<link\\b|<iframe|<img\\b|fetch\\(|XMLHttpRequest").matcher(html).find());
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"));
    }

    @Test
    void deterministic() {
        Path a = folder.resolve("a");
        Path b = folder.resolve("elsewhere/b");
        String first = render(classroom(a), a);
        String second = render(classroom(b), b);
        assertEquals(first, second, "the same project in another folder renders byte for byte the same");
        assertEquals(first, render(classroom(folder.resolve("c")), folder.resolve("c")));
    }

    @Test
    void withoutADataMapTheReportLeavesItOut() {
        AnalysisResult full = nastyResult();
        AnalysisResult result = new AnalysisResult(full.findings(), 2, full.policy(), 3, null);
        String html = HtmlReport.render(result, new ReportPaths(ROOT), "m");
        assertFalse(html.contains("<svg class=\"datamap\""));
        assertFalse(html.contains("id=\"data-map\""));
        assertFalse(html.contains("id=\"categories\""));
        assertTrue(html.contains("id=\"findings-table\""));
        assertTrue(html.contains("<div class=\"value\" id=\"stat-suppressed\">2</div>"));
    }

    @Test
    void noFindings() {
        AnalysisResult result = new AnalysisResult(List.of(), 0, PolicyLoader.loadDefault(), 4,
                new DataMap("Low-code Interactive Classroom DPSA", List.of(), List.of()));
        String html = HtmlReport.render(result, new ReportPaths(ROOT), "clean");
        assertTrue(html.contains("<span class=\"verdict pass\">no findings</span>"));
        assertTrue(html.contains("No findings: the code keeps to the agreement."));
        assertTrue(html.contains("No personal data reaches a sink."));
        assertTrue(html.contains("<g class=\"dm-node dm-processor dm-node-unused\" data-name=\"mysql\">"), "agreed but unused");
    }

    @Test
    void rulePagesAreEmbeddedWithLinksInsideTheReport() {
        String html = HtmlReport.render(nastyResult(), new ReportPaths(ROOT), "m");
        for (int i = 1; i <= 10; i++) {
            assertTrue(html.contains(String.format("<details class=\"rule\" id=\"rule-PF%03d\">", i)));
        }
        assertTrue(html.contains("<h3>How to fix it</h3>"));
        assertTrue(html.contains("<a href=\"#rule-PF003\">PF003</a>"), "links between rule pages stay in the report");
        assertTrue(html.contains("<pre class=\"code\" data-lang=\"java\"><code>"));
        assertTrue(html.contains("<tr><th>Severity</th><td>error</td></tr>"));
    }

    @Test
    void markdownSubset() {
        String html = HtmlMarkdown.render(String.join("\n",
                "# Title",
                "Text with `a<b>` and **bold** and [a rule](PF002.md) and [elsewhere](../policy.md).",
                "",
                "- one",
                "- two `x|y`",
                "",
                "| a | b |",
                "|---|---|",
                "| `p \\| q` | 2 |",
                "",
                "```yaml",
                "key: <value>",
                "```"), 2, true);
        assertEquals(String.join("\n",
                "<p>Text with <code>a&lt;b&gt;</code> and <strong>bold</strong> and <a href=\"#rule-PF002\">a rule</a> and elsewhere.</p>",
                "<ul>",
                "<li>one</li>",
                "<li>two <code>x|y</code></li>",
                "</ul>",
                "<table class=\"md\">",
                "<tr><th>a</th><th>b</th></tr>",
                "<tr><td><code>p | q</code></td><td>2</td></tr>",
                "</table>",
                "<pre class=\"code\" data-lang=\"yaml\"><code>key: &lt;value&gt;</code></pre>",
                ""), html);
    }

    @Test
    void reportWriterWritesTheHtmlFormat() throws Exception {
        Path out = folder.resolve("target/privacyflow");
        ReportPaths paths = new ReportPaths(ROOT);
        List<Path> written = ReportWriter.write(nastyResult(), Set.of("html"), out, paths, paths, "m");
        assertEquals(List.of(out.resolve("privacyflow.html")), written);
        assertEquals(HtmlReport.render(nastyResult(), paths, "m"), Files.readString(written.get(0), StandardCharsets.UTF_8));
        assertEquals(List.of(), ReportWriter.write(nastyResult(), Set.of(), folder.resolve("none"), paths, paths, "m"));
    }

    private static String render(AnalysisResult result, Path root) {
        return HtmlReport.render(result, new ReportPaths(root), "classroom-app");
    }

    private static AnalysisResult classroom(Path root) {
        try {
            Files.createDirectories(root);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return HtmlReportBrowserTest.classroom(root);
    }

    private static AnalysisResult nastyResult() {
        Path file = ROOT.resolve("src/main/java/org/example/<odd>/Box.java");
        SourceLocation at = new SourceLocation(file, 12, 5);
        Finding flow = new Finding("PF003", "undeclared-purpose", Severity.ERROR, at, NASTY, "org.example.Box<T>#value",
                List.of(new PathStep("reads " + NASTY, new SourceLocation(file, 10, 0)),
                        new PathStep("sends it to Logger.info (logging)", at)));
        Finding declaration = new Finding("PF002", "unclassified-personal-data", Severity.WARNING,
                new SourceLocation(file, 3, 0), "field Box.email & more", "org.example.Box#email", List.of());
        DataMap dataMap = new DataMap("Low-code Interactive Classroom DPSA",
                List.of(new DataMap.Category("we\"ird<cat>", "", false, "not defined by the agreement",
                        List.of(new DataMap.Holder("field", "Box.<value>", "org.example.Box#value", at, "annotation")),
                        List.of(new DataMap.Use("(no purpose)", false, 1)),
                        List.of(new DataMap.Use("cloud-log-service", false, 1)), List.of(),
                        List.of("the agreement does not define category 'we\"ird<cat>' (PF008)"))),
                List.of(new DataMap.Edge("we\"ird<cat>", "(no purpose)", "cloud-log-service", 1, true)));
        return new AnalysisResult(List.of(declaration, flow), 0, PolicyLoader.loadDefault(), 1, dataMap);
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }
}
