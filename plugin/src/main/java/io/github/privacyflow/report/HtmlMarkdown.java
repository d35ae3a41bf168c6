package io.github.privacyflow.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders the rule pages' Markdown as HTML for the report, with commonmark-java and its GitHub
 * table extension, so the pages read as GitHub shows them. The report must stay one file that
 * loads nothing: links to other rule pages become links inside the report, every other link and
 * image becomes its text, and raw HTML in a page is printed as text, never as markup.
 */
final class HtmlMarkdown {

    private static final Pattern RULE_PAGE = Pattern.compile("(?:\\./)?(PF\\d{3})\\.md");

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .attributeProviderFactory(context -> new ReportAttributes())
            .build();

    private HtmlMarkdown() {
    }

    /**
     * Renders a page.
     *
     * @param markdown the page
     * @param headingOffset added to heading levels ({@code #} becomes {@code h(1+offset)}), at most {@code h6}
     * @param skipFirstHeading whether to leave out a leading level-1 heading (the report shows its own)
     * @return the HTML
     */
    static String render(String markdown, int headingOffset, boolean skipFirstHeading) {
        Node document = PARSER.parse(markdown);
        if (skipFirstHeading && document.getFirstChild() instanceof Heading first && first.getLevel() == 1) {
            first.unlink();
        }
        document.accept(new ForTheReport(headingOffset));
        return RENDERER.render(document);
    }

    /** Shifts headings, keeps links inside the report and turns key/value tables' first column into headers. */
    private static final class ForTheReport extends AbstractVisitor {
        private final int headingOffset;

        ForTheReport(int headingOffset) {
            this.headingOffset = headingOffset;
        }

        @Override
        public void visit(Heading heading) {
            heading.setLevel(Math.min(6, heading.getLevel() + headingOffset));
            visitChildren(heading);
        }

        @Override
        public void visit(Link link) {
            Matcher rule = RULE_PAGE.matcher(link.getDestination());
            if (rule.matches()) {
                link.setDestination("#rule-" + rule.group(1));
                visitChildren(link);
            } else {
                // Anything else would leave the self-contained report (or point at a page it lacks).
                unwrap(link);
            }
        }

        @Override
        public void visit(Image image) {
            unwrap(image);
        }

        @Override
        public void visit(org.commonmark.node.CustomBlock block) {
            if (block instanceof TableBlock table) {
                keyValueTable(table);
            }
            visitChildren(block);
        }

        /** Replaces a node by its children, visited in turn; an image without alt text leaves nothing. */
        private void unwrap(Node node) {
            List<Node> children = new ArrayList<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                children.add(child);
            }
            for (Node child : children) {
                node.insertBefore(child);
            }
            node.unlink();
            for (Node child : children) {
                child.accept(this);
            }
        }

        /**
         * The rule pages open with a table whose header row is empty ({@code | | |}) and whose
         * first column names each row (Severity, Reported at, Clause). GitHub shows the empty
         * header as a blank bar; here the row names become row headers and the empty row goes.
         */
        private static void keyValueTable(TableBlock table) {
            if (!(table.getFirstChild() instanceof TableHead head) || !isEmpty(head)) {
                return;
            }
            head.unlink();
            if (!(table.getFirstChild() instanceof TableBody body)) {
                return;
            }
            for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow && row.getFirstChild() instanceof TableCell first) {
                    first.setHeader(true);
                }
            }
        }

        private static boolean isEmpty(TableHead head) {
            for (Node row = head.getFirstChild(); row != null; row = row.getNext()) {
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    Node content = cell.getFirstChild();
                    if (content != null && !(content instanceof Text text && text.getLiteral().isBlank() && content.getNext() == null)) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /** The report's style sheet classes: {@code table.md}, {@code pre.code} with the fence's language. */
    private static final class ReportAttributes implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof TableBlock && tagName.equals("table")) {
                attributes.put("class", "md");
            } else if (node instanceof FencedCodeBlock fence && tagName.equals("pre")) {
                attributes.put("class", "code");
                String info = fence.getInfo() == null ? "" : fence.getInfo().strip();
                if (!info.isEmpty()) {
                    attributes.put("data-lang", info.split("\\s+")[0]);
                }
            }
        }
    }
}
