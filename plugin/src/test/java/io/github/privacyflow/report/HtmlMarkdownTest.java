package io.github.privacyflow.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.rules.Rule;
import io.github.privacyflow.rules.RuleRegistry;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rule pages' Markdown as the HTML report embeds it: GitHub's reading, nothing that leaves the file. */
class HtmlMarkdownTest {

    @Test
    void headingsParagraphsListsTablesAndCode() {
        String html = HtmlMarkdown.render(String.join("\n",
                "# Title",
                "Text with `a<b>` and **bold** and [a rule](PF002.md) and [elsewhere](../policy.md).",
                "",
                "- one",
                "- two `x|y`",
                "",
                "1. first",
                "2. second",
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
                "<ol>",
                "<li>first</li>",
                "<li>second</li>",
                "</ol>",
                "<table class=\"md\">",
                "<thead>",
                "<tr>",
                "<th>a</th>",
                "<th>b</th>",
                "</tr>",
                "</thead>",
                "<tbody>",
                "<tr>",
                "<td><code>p | q</code></td>",
                "<td>2</td>",
                "</tr>",
                "</tbody>",
                "</table>",
                "<pre class=\"code\" data-lang=\"yaml\"><code class=\"language-yaml\">key: &lt;value&gt;",
                "</code></pre>",
                ""), html);
    }

    @Test
    void aTableWithAnEmptyHeaderRowIsAKeyValueTable() {
        Document html = Jsoup.parseBodyFragment(HtmlMarkdown.render(String.join("\n",
                "| | |",
                "|---|---|",
                "| Severity | error |",
                "| Clause | the `user-interaction` category |"), 0, false));
        assertTrue(html.select("thead").isEmpty(), "the empty header row is dropped");
        assertEquals(List.of("Severity", "Clause"), html.select("tr > th:first-child").eachText());
        assertEquals(List.of("error", "the user-interaction category"), html.select("tr > td").eachText());
    }

    @Test
    void headingLevelsShiftAndOnlyALeadingTitleIsSkipped() {
        assertEquals("<h3>What it means</h3>\n<h6>Deep</h6>\n",
                HtmlMarkdown.render("# PF001 sensitive-data\n## What it means\n##### Deep\n", 1, true));
        assertEquals("<p>Intro</p>\n<h2>Not a leading title</h2>\n", HtmlMarkdown.render("Intro\n\n# Not a leading title\n", 1, true));
        assertEquals("<h1>Kept</h1>\n", HtmlMarkdown.render("# Kept\n", 0, false));
    }

    @Test
    void rawHtmlIsTextNotMarkup() {
        String html = HtmlMarkdown.render(String.join("\n",
                "<script>alert('x')</script>",
                "",
                "A <b onclick=\"steal()\">bold</b> claim and <!-- a comment -->.",
                "",
                "<div>",
                "<img src=x onerror=alert(1)>",
                "</div>"), 0, false);
        Document page = Jsoup.parseBodyFragment(html);
        assertTrue(page.select("script, b, img, div").isEmpty(), html);
        assertFalse(html.contains("<script") || html.contains("<b ") || html.contains("<!--"), html);
        assertTrue(page.text().contains("<script>alert('x')</script>"), "shown as written: " + page.text());
        assertTrue(page.text().contains("<b onclick=\"steal()\">bold</b>"), page.text());
    }

    @Test
    void onlyLinksToOtherRulePagesStayLinks() {
        String html = HtmlMarkdown.render(String.join("\n",
                "See [PF003](PF003.md), [PF004](./PF004.md), [the policy](../policy.md#sink-kinds), "
                        + "[a site](https://example.org/a?b=1), <https://example.org/auto>, "
                        + "[a script](javascript:alert(1)) and ![a picture](https://example.org/p.png).",
                "",
                "[ref]: https://example.org/ref",
                "And [a reference][ref] with **[bold text](https://example.org/b)**."), 0, false);
        Document page = Jsoup.parseBodyFragment(html);
        assertEquals(List.of("#rule-PF003", "#rule-PF004"), page.select("a").eachAttr("href"));
        assertTrue(page.select("img").isEmpty());
        assertEquals("See PF003, PF004, the policy, a site, https://example.org/auto, a script and a picture.\n"
                + "And a reference with bold text.", page.select("p").eachText().stream().reduce((a, b) -> a + "\n" + b).orElseThrow());
        assertEquals("bold text", page.selectFirst("strong").text(), "the link's formatting stays");
    }

    static Stream<String> rulePages() {
        return RuleRegistry.all().stream().map(Rule::info).map(info -> info.id());
    }

    /**
     * Each page renders in full: every heading, fenced block, list item and table row of its
     * Markdown is an element of the HTML, and no link leaves the report.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rulePages")
    void everyRulePageRendersCompletely(String ruleId) {
        String markdown = RuleDocs.markdown(ruleId);
        Document page = Jsoup.parseBodyFragment(HtmlMarkdown.render(markdown, 1, true));
        Counts source = Counts.of(markdown);
        assertEquals(source.headings() - 1, page.select("h3, h4").size(), "headings, the title left out");
        assertEquals(source.fences(), page.select("pre.code > code").size(), "fenced code blocks");
        assertEquals(source.listItems(), page.select("li").size(), "list items");
        assertEquals(source.tableRows(), page.select("table.md tr").size(), "table rows, the empty header rows left out");
        assertEquals(List.of("Severity", "Reported at", "Clause"), page.selectFirst("table.md").select("th").eachText(),
                "the page's key/value table");
        for (Element link : page.select("a")) {
            assertTrue(link.attr("href").matches("#rule-PF\\d{3}"), "a link out of the report: " + link);
        }
        assertTrue(page.select("script, img, iframe, style").isEmpty());
        assertFalse(page.text().contains("](") || page.text().contains("**") || page.text().contains("```"),
                "Markdown left unrendered: " + page.text());
    }

    /** What a rule page's Markdown holds, counted from its lines, fenced blocks left out. */
    private record Counts(int headings, int fences, int listItems, int tableRows) {
        private static final Pattern LIST_ITEM = Pattern.compile("^\\s{0,3}(?:[-*]|\\d+\\.)\\s+\\S");
        private static final Pattern EMPTY_HEADER = Pattern.compile("^\\|(\\s*\\|)+\\s*$");
        private static final Pattern DELIMITER = Pattern.compile("^\\|?(\\s*:?-{3,}:?\\s*\\|)+\\s*(:?-{3,}:?)?\\s*$");

        static Counts of(String markdown) {
            int headings = 0;
            int fences = 0;
            int items = 0;
            int rows = 0;
            boolean inFence = false;
            for (String line : markdown.split("\n")) {
                if (line.strip().startsWith("```")) {
                    if (!inFence) {
                        fences++;
                    }
                    inFence = !inFence;
                    continue;
                }
                if (inFence) {
                    continue;
                }
                Matcher item = LIST_ITEM.matcher(line);
                if (line.startsWith("#")) {
                    headings++;
                } else if (item.find()) {
                    items++;
                } else if (line.startsWith("|") && !EMPTY_HEADER.matcher(line).matches() && !DELIMITER.matcher(line).matches()) {
                    rows++;
                }
            }
            return new Counts(headings, fences, items, rows);
        }
    }
}
