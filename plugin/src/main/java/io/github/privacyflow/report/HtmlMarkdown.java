package io.github.privacyflow.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the rule pages' Markdown (the subset they use: headings, paragraphs, pipe tables,
 * lists, fenced code, inline code, bold and links) as HTML for the report. Links to other rule
 * pages become links inside the report; every other link becomes plain text, so the report
 * refers to nothing outside itself.
 */
final class HtmlMarkdown {

    private static final Pattern INLINE = Pattern.compile("`([^`]+)`|\\*\\*([^*]+)\\*\\*|\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    private static final Pattern RULE_LINK = Pattern.compile("(?:\\./)?(PF\\d{3})\\.md");
    private static final Pattern ORDERED = Pattern.compile("^\\d+\\.\\s+(.*)$");

    private HtmlMarkdown() {
    }

    /**
     * Renders a page.
     *
     * @param markdown the page
     * @param headingOffset added to heading levels ({@code #} becomes {@code h(1+offset)})
     * @param skipFirstHeading whether to leave out a leading level-1 heading (the report shows its own)
     * @return the HTML
     */
    static String render(String markdown, int headingOffset, boolean skipFirstHeading) {
        List<String> lines = List.of(markdown.replace("\r\n", "\n").split("\n", -1));
        StringBuilder out = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        int i = 0;
        boolean first = true;
        while (i < lines.size()) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.startsWith("```")) {
                flush(paragraph, out);
                String language = trimmed.substring(3).strip();
                StringBuilder code = new StringBuilder();
                i++;
                while (i < lines.size() && !lines.get(i).strip().startsWith("```")) {
                    code.append(lines.get(i)).append('\n');
                    i++;
                }
                i++;
                out.append("<pre class=\"code\"");
                if (!language.isEmpty()) {
                    out.append(" data-lang=\"").append(HtmlText.escape(language)).append('"');
                }
                out.append("><code>").append(HtmlText.escape(code.toString().stripTrailing())).append("</code></pre>\n");
                first = false;
                continue;
            }
            if (trimmed.startsWith("#")) {
                flush(paragraph, out);
                int level = 0;
                while (level < trimmed.length() && trimmed.charAt(level) == '#') {
                    level++;
                }
                if (!(first && skipFirstHeading && level == 1)) {
                    int h = Math.min(6, level + headingOffset);
                    out.append("<h").append(h).append('>').append(inline(trimmed.substring(level).strip()))
                            .append("</h").append(h).append(">\n");
                }
                first = false;
                i++;
                continue;
            }
            if (trimmed.startsWith("|")) {
                flush(paragraph, out);
                List<String> rows = new ArrayList<>();
                while (i < lines.size() && lines.get(i).strip().startsWith("|")) {
                    rows.add(lines.get(i).strip());
                    i++;
                }
                table(rows, out);
                first = false;
                continue;
            }
            if (trimmed.startsWith("- ") || trimmed.startsWith("* ") || ORDERED.matcher(trimmed).matches()) {
                flush(paragraph, out);
                boolean ordered = ORDERED.matcher(trimmed).matches();
                List<StringBuilder> items = new ArrayList<>();
                while (i < lines.size()) {
                    String item = lines.get(i).strip();
                    Matcher number = ORDERED.matcher(item);
                    if (!ordered && (item.startsWith("- ") || item.startsWith("* "))) {
                        items.add(new StringBuilder(item.substring(2).strip()));
                    } else if (ordered && number.matches()) {
                        items.add(new StringBuilder(number.group(1)));
                    } else if (!item.isEmpty() && !items.isEmpty() && Character.isWhitespace(lines.get(i).charAt(0))) {
                        items.get(items.size() - 1).append(' ').append(item);
                    } else {
                        break;
                    }
                    i++;
                }
                String tag = ordered ? "ol" : "ul";
                out.append('<').append(tag).append(">\n");
                for (StringBuilder item : items) {
                    out.append("<li>").append(inline(item.toString())).append("</li>\n");
                }
                out.append("</").append(tag).append(">\n");
                first = false;
                continue;
            }
            if (trimmed.isEmpty()) {
                flush(paragraph, out);
            } else {
                paragraph.add(trimmed);
                first = false;
            }
            i++;
        }
        flush(paragraph, out);
        return out.toString();
    }

    private static void flush(List<String> paragraph, StringBuilder out) {
        if (paragraph.isEmpty()) {
            return;
        }
        out.append("<p>").append(inline(String.join(" ", paragraph))).append("</p>\n");
        paragraph.clear();
    }

    private static void table(List<String> rows, StringBuilder out) {
        List<List<String>> cells = new ArrayList<>();
        int separator = -1;
        for (String row : rows) {
            List<String> parts = split(row);
            if (parts.stream().allMatch(part -> part.matches(":?-{3,}:?"))) {
                separator = cells.size();
                continue;
            }
            cells.add(parts);
        }
        out.append("<table class=\"md\">\n");
        for (int r = 0; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            boolean header = separator > 0 && r < separator;
            if (header && row.stream().allMatch(String::isEmpty)) {
                continue;
            }
            out.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                String tag = header || (separator == 1 && cells.get(0).stream().allMatch(String::isEmpty) && c == 0) ? "th" : "td";
                out.append('<').append(tag).append('>').append(inline(row.get(c))).append("</").append(tag).append('>');
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    private static List<String> split(String row) {
        String body = row.strip();
        if (body.startsWith("|")) {
            body = body.substring(1);
        }
        if (body.endsWith("|")) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean code = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '`') {
                code = !code;
            }
            if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|' && !code) {
                parts.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        parts.add(cell.toString().strip());
        return parts;
    }

    /**
     * Renders inline Markdown: code spans, bold and links.
     *
     * @param text one line or paragraph
     * @return the HTML
     */
    static String inline(String text) {
        StringBuilder out = new StringBuilder();
        Matcher matcher = INLINE.matcher(text);
        int last = 0;
        while (matcher.find()) {
            out.append(HtmlText.escape(text.substring(last, matcher.start())));
            if (matcher.group(1) != null) {
                out.append("<code>").append(HtmlText.escape(matcher.group(1))).append("</code>");
            } else if (matcher.group(2) != null) {
                out.append("<strong>").append(inline(matcher.group(2))).append("</strong>");
            } else {
                Matcher rule = RULE_LINK.matcher(matcher.group(4));
                if (rule.matches()) {
                    out.append("<a href=\"#rule-").append(rule.group(1)).append("\">").append(inline(matcher.group(3)))
                            .append("</a>");
                } else {
                    out.append(inline(matcher.group(3)));
                }
            }
            last = matcher.end();
        }
        out.append(HtmlText.escape(text.substring(last)));
        return out.toString();
    }
}
