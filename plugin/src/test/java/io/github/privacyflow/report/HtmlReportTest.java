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
import io.github.privacyflow.rules.Rule;
import io.github.privacyflow.rules.RuleInfo;
import io.github.privacyflow.rules.RuleRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report: read as a DOM (jsoup) for what must be there (sections, navigation and every
 * link's target, one row per finding with its rule, place and message, path steps, the data map
 * picture, the categories, the rule pages, baseline tags), and as text for what must not be
 * (raw markup from messages, network references, absolute paths).
 */
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
                + "<span class=\"n\" data-count-severity=\"error\">10</span>"));
        assertTrue(html.contains("value=\"warning\" checked>warning <span class=\"n\" data-count-severity=\"warning\">1</span>"));
        for (String rule : List.of("PF001", "PF002", "PF003", "PF004", "PF005", "PF006", "PF007", "PF008", "PF010")) {
            assertTrue(html.contains("<input type=\"checkbox\" name=\"rule\" value=\"" + rule + "\" checked>"), rule);
        }
        assertFalse(html.contains("name=\"rule\" value=\"PF009\""), "no filter for a rule without findings");
        assertTrue(html.contains("data-count-rule=\"PF005\">2</span>"));
        assertTrue(html.contains("id=\"filter-text\"") && html.contains("id=\"toggle-paths\"") && html.contains("id=\"reset-filters\""));
        assertEquals(11, count(html, "<tr class=\"finding\""));
        assertEquals(1, count(html, "<tr class=\"finding\" id=\"finding-1\" data-severity=\"error\" data-rule=\"PF007\">"));
        assertEquals(5, count(html, "<details class=\"path\">"), "one path per flow finding");
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
        AnalysisResult result = new AnalysisResult(full.findings(), List.of(full.findings().get(0), full.findings().get(1)),
                full.policy(), 3, null);
        String html = HtmlReport.render(result, new ReportPaths(ROOT), "m");
        assertFalse(html.contains("<svg class=\"datamap\""));
        assertFalse(html.contains("id=\"data-map\""));
        assertFalse(html.contains("id=\"categories\""));
        Document page = Jsoup.parse(html);
        assertEquals(List.of("#summary", "#findings", "#rules"), page.select("header nav a").eachAttr("href"),
                "no links to the sections left out");
        assertAllLinksResolve(page);
        assertEquals(2, page.select("#findings-table tr.finding").size());
        assertEquals("2", page.getElementById("stat-suppressed").text());
        assertEquals("3", page.getElementById("stat-classes").text());
        assertEquals("rules with findings", page.selectFirst(".stat.flows .label").text());
    }

    @Test
    void noFindings() {
        AnalysisResult result = new AnalysisResult(List.of(), List.of(), PolicyLoader.loadDefault(), 4,
                new DataMap("Low-code Interactive Classroom DPSA", List.of(), List.of()));
        String html = HtmlReport.render(result, new ReportPaths(ROOT), "clean");
        assertTrue(html.contains("<span class=\"verdict pass\">no findings</span>"));
        assertTrue(html.contains("No findings: the code keeps to the agreement."));
        assertTrue(html.contains("No personal data reaches a sink."));
        assertTrue(html.contains("<g class=\"dm-node dm-processor dm-node-unused\" data-name=\"mysql\">"), "agreed but unused");
        Document page = Jsoup.parse(html);
        assertTrue(page.select("#findings-table tr.finding").isEmpty());
        assertEquals("No findings: the code keeps to the agreement.", page.getElementById("findings-none").text());
        assertEquals("none", page.selectFirst("#filters [aria-label=Rule] .muted").text());
        assertEquals("0", page.getElementById("stat-errors").text());
        assertTrue(page.getElementById("stat-errors").parent().hasClass("zero"));
    }

    @Test
    void rulePagesAreEmbeddedWithLinksInsideTheReport() {
        String html = HtmlReport.render(nastyResult(), new ReportPaths(ROOT), "m");
        for (int i = 1; i <= 10; i++) {
            assertTrue(html.contains(String.format("<details class=\"rule\" id=\"rule-PF%03d\">", i)));
        }
        assertTrue(html.contains("<h3>How to fix it</h3>"));
        assertTrue(html.contains("<a href=\"#rule-PF003\">PF003</a>"), "links between rule pages stay in the report");
        Document page = Jsoup.parse(html);
        Element pf004 = page.getElementById("rule-PF004");
        assertEquals("#rule-PF003", pf004.selectFirst(".rule-page a:contains(PF003)").attr("href"));
        assertFalse(page.select(".rule-page pre.code[data-lang=java] > code").isEmpty(), "the examples, as code");
        assertEquals("error", pf004.selectFirst(".rule-page table.md tr:has(th:contains(Severity)) > td").text());
    }

    @Test
    void sectionsInOrderAndANavigationLinkToEach() {
        Document page = Jsoup.parse(render(classroom(folder.resolve("a")), folder.resolve("a")));
        assertEquals(List.of("summary", "data-map", "findings", "categories", "rules"), page.select("main > section").eachAttr("id"));
        assertEquals(List.of("Summary", "Data map", "Findings", "Data categories", "Rules"),
                page.select("main > section > h2").eachText().stream().map(text -> text.replaceAll("\\d+$", "")).toList());
        assertEquals("11", page.selectFirst("#findings > h2 > .h-count").text());
        Elements nav = page.select("header.top nav a");
        assertEquals(List.of("#summary", "#data-map", "#findings", "#categories", "#rules"), nav.eachAttr("href"));
        assertEquals(List.of("Summary", "Data map", "Findings", "Categories", "Rules"), nav.eachText());
        for (Element link : nav) {
            Element target = page.getElementById(link.attr("href").substring(1));
            assertTrue(target != null && target.tagName().equals("section"), "the target of " + link);
        }
        assertAllLinksResolve(page);
        Element title = page.selectFirst("header.top h1");
        assertEquals("classroom-app", title.ownText());
        assertEquals("10 errors \u00b7 1 warning", title.selectFirst(".verdict").text());
        assertTrue(title.selectFirst(".verdict").hasClass("fail"));
    }

    @Test
    void summaryCountsMatchTheResult() {
        AnalysisResult result = classroom(folder.resolve("a"));
        Document page = Jsoup.parse(render(result, folder.resolve("a")));
        assertEquals("10", page.getElementById("stat-errors").text());
        assertEquals("1", page.getElementById("stat-warnings").text());
        assertEquals("0", page.getElementById("stat-suppressed").text());
        assertEquals(String.valueOf(result.classesAnalysed()), page.getElementById("stat-classes").text());
        int sinkCalls = result.dataMap().edges().stream().mapToInt(DataMap.Edge::flows).sum();
        assertEquals(String.valueOf(sinkCalls), page.getElementById("stat-flows").text());
        Elements perRule = page.select("table.rulecount tr");
        assertEquals(RuleRegistry.all().size(), perRule.size(), "a row per rule, with findings or not");
        for (Element row : perRule) {
            String id = row.selectFirst("td.rid").text();
            long count = result.findings().stream().filter(f -> f.ruleId().equals(id)).count();
            assertEquals(String.valueOf(count), row.selectFirst("td.n").text(), id);
            assertEquals(count == 0, row.hasClass("none"), id);
            assertEquals(count > 0, row.selectFirst("a[data-only-rule=" + id + "]") != null, id + " links to the filter");
        }
        assertEquals("Low-code Interactive Classroom DPSA", page.selectFirst("dl.facts dd").text());
    }

    @Test
    void oneRowPerFindingWithItsRulePlaceMessageAndPath() {
        Path root = folder.resolve("a");
        AnalysisResult result = classroom(root);
        ReportPaths paths = new ReportPaths(root);
        Document page = Jsoup.parse(render(result, root));
        Elements rows = page.select("#findings-table > tbody > tr.finding");
        assertEquals(result.findings().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Finding finding = result.findings().get(i);
            Element row = rows.get(i);
            String what = "row " + (i + 1) + " " + finding.ruleId();
            assertEquals("finding-" + (i + 1), row.id(), what);
            assertEquals(finding.ruleId(), row.attr("data-rule"), what);
            assertEquals(finding.severity().label(), row.attr("data-severity"), what);
            assertEquals(finding.severity().label(), row.selectFirst("span.sev").text(), what);
            Element rule = row.selectFirst("a.rule-id");
            assertEquals(finding.ruleId(), rule.text(), what);
            assertEquals("#rule-" + finding.ruleId(), rule.attr("href"), what);
            assertEquals(finding.ruleName(), row.selectFirst(".rule-name").text(), what);
            String place = paths.relative(finding.file()) + ":" + finding.location().line()
                    + (finding.location().column() > 0 ? ":" + finding.location().column() : "");
            assertEquals(place, row.selectFirst("td.where").text(), what);
            assertEquals(place, row.selectFirst("td.where .loc").attr("title"), what);
            assertEquals(finding.message(), row.selectFirst("td.msg span.text").text(), what);
            assertEquals(finding.elementSignature(), row.selectFirst("td.msg span.element").text(), what);
            assertTrue(row.select(".tag").isEmpty(), "no baseline tag without a baseline: " + what);
            Element path = row.selectFirst("details.path");
            if (finding.path().isEmpty()) {
                assertEquals(null, path, what);
                continue;
            }
            assertEquals("Flow path \u00b7 " + finding.path().size() + (finding.path().size() == 1 ? " step" : " steps"),
                    path.selectFirst("summary").text(), what);
            Elements steps = path.select("ol > li");
            assertEquals(finding.path().size(), steps.size(), what);
            for (int s = 0; s < steps.size(); s++) {
                PathStep step = finding.path().get(s);
                assertEquals(step.description(), steps.get(s).selectFirst("span.step").text(), what + " step " + (s + 1));
                assertEquals(HtmlText.plainLocation(step.location(), paths), steps.get(s).selectFirst(".loc").attr("title"),
                        what + " step " + (s + 1));
            }
        }
        assertEquals(5, page.select("#findings-table details.path").size(), "the five flow findings have paths");
        assertEquals(List.of("error", "warning"), page.select("#filters input[name=severity]").eachAttr("value"));
        assertEquals(result.findings().stream().map(Finding::ruleId).distinct().sorted().toList(),
                page.select("#filters input[name=rule]").eachAttr("value"), "one rule filter per rule with findings");
        Element hidden = page.getElementById("findings-empty");
        assertTrue(hidden.hasAttr("hidden"), "the 'no match' row starts hidden");
        assertEquals(null, page.getElementById("findings-none"), "no 'no findings' row when there are findings");
    }

    @Test
    void theDataMapPictureHasANodeForEachNameAndABandForEachFlow() {
        AnalysisResult result = classroom(folder.resolve("a"));
        DataMap dataMap = result.dataMap();
        Document page = Jsoup.parse(render(result, folder.resolve("a")));
        Element svg = page.selectFirst("#data-map svg.datamap");
        assertTrue(svg != null, "the picture, inside the data map section");
        assertEquals(dataMap.categories().stream().map(DataMap.Category::name).sorted().toList(),
                svg.select("g.dm-node.dm-category").eachAttr("data-name").stream().sorted().toList());
        assertEquals(dataMap.edges().stream().map(DataMap.Edge::purpose).distinct().sorted().toList(),
                svg.select("g.dm-node.dm-purpose:not(.dm-node-unused)").eachAttr("data-name").stream().sorted().toList());
        for (DataMap.Edge edge : dataMap.edges()) {
            Elements bands = svg.select("path.dm-band[data-category=" + edge.category() + "][data-purpose=" + edge.purpose()
                    + "][data-processor=" + edge.processor() + "]");
            assertEquals(2, bands.size(), "category to purpose, purpose to processor: " + edge);
            assertEquals(edge.violation(), bands.hasClass("dm-violation"), edge.toString());
            assertFalse(bands.first().selectFirst("title").text().isBlank(), "a hover text for " + edge);
        }
        assertEquals(2 * dataMap.edges().size(), svg.select("path.dm-band").size());
        assertEquals(dataMap.edges().size(), page.select("#data-map details.more table tbody tr").size(), "the flows as a table");
    }

    @Test
    void aCardPerDataCategory() {
        Path root = folder.resolve("a");
        AnalysisResult result = classroom(root);
        Document page = Jsoup.parse(render(result, root));
        Elements cards = page.select("#categories article.cat");
        List<DataMap.Category> categories = result.dataMap().categories();
        assertEquals(categories.size(), cards.size());
        for (int i = 0; i < cards.size(); i++) {
            DataMap.Category category = categories.get(i);
            Element card = cards.get(i);
            assertEquals("category-" + HtmlText.slug(category.name()), card.id());
            assertEquals(category.name(), card.selectFirst("header h3 code").text());
            assertEquals(category.holders().size(), card.select("details.more table.data tbody tr").size(), category.name());
            assertEquals(category.holders().stream().map(DataMap.Holder::element).toList(),
                    card.select("details.more table.data tbody tr td:first-child code").eachText(), category.name());
            assertEquals(category.retentions().stream().map(DataMap.Retention::element).toList(),
                    card.select("div:has(> p.retention-policy) > ul.uses > li code").eachText(), category.name());
            assertEquals(category.clauses(), card.select(".clauses li").eachText(), category.name());
        }
    }

    @Test
    void aPagePerRuleWithItsSectionsAndAddress() {
        AnalysisResult result = classroom(folder.resolve("a"));
        Document page = Jsoup.parse(render(result, folder.resolve("a")));
        Elements rules = page.select("#rules details.rule");
        assertEquals(RuleRegistry.all().size(), rules.size());
        for (int i = 0; i < rules.size(); i++) {
            RuleInfo info = RuleRegistry.all().get(i).info();
            Element rule = rules.get(i);
            assertEquals("rule-" + info.id(), rule.id());
            assertEquals(info.id(), rule.selectFirst("summary .rid").text());
            assertEquals(info.name(), rule.selectFirst("summary strong").text());
            assertEquals(info.severity().label(), rule.selectFirst("summary .sev").text());
            assertEquals(info.summary(), rule.selectFirst("summary .rsum").text());
            long count = result.findings().stream().filter(f -> f.ruleId().equals(info.id())).count();
            assertEquals(count + (count == 1 ? " finding" : " findings"), rule.selectFirst("summary .rn").text());
            Element body = rule.selectFirst(".rule-page");
            assertTrue(body.select("h3").eachText().containsAll(List.of("What it means", "Example", "How to fix it")),
                    info.id() + ": " + body.select("h3").eachText());
            assertEquals(info.severity().label(), body.selectFirst("table.md tr:has(th:contains(Severity)) td").text(), info.id());
            assertEquals(RuleDocs.uri(info.id()), body.select("p.muted code").last().text());
        }
    }

    @Test
    void withABaselineEachRowIsTaggedAndTheAbsentEntriesAreListed() {
        Path root = folder.resolve("a");
        AnalysisResult result = classroom(root);
        Finding accepted = result.findings().get(0);
        BaselineStates states = BaselineStates.of(root.resolve("privacyflow-baseline.json"), Set.of(accepted),
                List.of(new BaselineStates.Absent("PF002", "src/main/java/Gone.java", "org.example.Gone#email", "gone")));
        Document page = Jsoup.parse(HtmlReport.render(result, states, new ReportPaths(root), "classroom-app"));
        Elements rows = page.select("#findings-table tr.finding");
        for (int i = 0; i < rows.size(); i++) {
            boolean baselined = i == 0;
            assertEquals(baselined ? "unchanged" : "new", rows.get(i).attr("data-baseline"));
            assertEquals(baselined ? "baselined" : "new", rows.get(i).selectFirst("td.msg .tag").text());
        }
        assertTrue(page.getElementById("baseline-summary").text().startsWith(
                "Compared with the baseline privacyflow-baseline.json: 10 new findings"), page.getElementById("baseline-summary").text());
        Element absent = page.getElementById("baseline-absent");
        assertEquals("Baseline entries no longer found (1)", absent.selectFirst("summary").text());
        assertEquals(List.of("PF002", "src/main/java/Gone.java", "org.example.Gone#email", "gone"), absent.select("tbody td").eachText());
        assertTrue(page.selectFirst("h1 .verdict").text().endsWith("\u00b7 1 baselined"));
    }

    /** Every in-page link has a target: a renamed id or a missing section breaks the build, not the reader. */
    private static void assertAllLinksResolve(Document page) {
        List<String> broken = new ArrayList<>();
        for (Element link : page.select("a[href]")) {
            String href = link.attr("href");
            assertTrue(href.startsWith("#"), "a link out of the page: " + link);
            if (page.getElementById(href.substring(1)) == null) {
                broken.add(link.outerHtml());
            }
        }
        assertEquals(List.of(), broken, "links without a target");
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
        return new AnalysisResult(List.of(declaration, flow), List.of(), PolicyLoader.loadDefault(), 1, dataMap);
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }
}
