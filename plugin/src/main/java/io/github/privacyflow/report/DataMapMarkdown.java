package io.github.privacyflow.report;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.datamap.DataMap;
import io.github.privacyflow.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code data-map.md}, the record of processing activities (GDPR Art. 30) as the code
 * shows it: for every category of the agreement, where the code holds it, the purposes and
 * processors it is used for, the retention declared against the agreement's, and the clause
 * each line rests on. Deterministic, with paths relative to the project root.
 */
public final class DataMapMarkdown {

    private DataMapMarkdown() {
    }

    /**
     * Renders the record.
     *
     * @param result an analysis result with its data map
     * @param paths makes paths relative
     * @param moduleName the module (or reactor) the record is for
     * @return the Markdown
     */
    public static String render(AnalysisResult result, ReportPaths paths, String moduleName) {
        DataMap dataMap = result.dataMap();
        StringBuilder md = new StringBuilder();
        md.append("# Record of processing activities: ").append(escape(moduleName)).append("\n\n");
        md.append("Agreement: **").append(escape(result.policy().name())).append("** (")
                .append(result.policy().origin() == null ? "the embedded agreement" : "`" + paths.relative(result.policy().origin()) + "`")
                .append("). Written by privacyflow ").append(ToolVersion.get())
                .append(" from the compiled code: it lists what the code does, which may differ from what the agreement allows; ")
                .append("lines marked **not permitted** are findings.\n\n");
        if (dataMap == null) {
            return md.append("No data map was computed.\n").toString();
        }
        md.append("| category | held in | purposes | processors | retention (agreement) |\n|---|---:|---|---|---|\n");
        for (DataMap.Category category : dataMap.categories()) {
            md.append("| `").append(category.name()).append("` | ").append(category.holders().size()).append(" | ")
                    .append(names(category.purposes())).append(" | ").append(names(category.processors())).append(" | ")
                    .append(escape(category.policyRetention())).append(" |\n");
        }
        for (DataMap.Category category : dataMap.categories()) {
            md.append("\n## ").append(category.title().isEmpty() ? "`" + category.name() + "`" : escape(category.title())
                    + " (`" + category.name() + "`)").append("\n\n");
            for (String clause : category.clauses()) {
                md.append("- ").append(escape(clause)).append('\n');
            }
            String categoryClause = category.clauses().isEmpty() ? "" : category.clauses().get(0);
            md.append("\n### Where the code holds it\n\n");
            if (category.holders().isEmpty()) {
                md.append("Nowhere in this code.\n");
            } else {
                md.append("| element | kind | location | classified by | rests on |\n|---|---|---|---|---|\n");
                for (DataMap.Holder holder : category.holders()) {
                    md.append("| ").append(code(holder.element())).append(" | ").append(holder.kind()).append(" | ")
                            .append(location(holder.location(), paths)).append(" | ").append(holder.classifiedBy()).append(" | ")
                            .append(escape(categoryClause)).append(" |\n");
                }
            }
            md.append("\n### Purposes found in the code\n\n");
            uses(md, category.purposes(), category, "purposes permitted");
            md.append("\n### Processors reached\n\n");
            uses(md, category.processors(), category, "processors permitted");
            md.append("\n### Retention\n\nThe agreement keeps it ").append(escape(category.policyRetention())).append(".\n\n");
            if (category.retentions().isEmpty()) {
                md.append("No `@Retain` declares how long the code keeps it.\n");
            } else {
                md.append("| element | location | declared | within the agreement | rests on |\n|---|---|---|---|---|\n");
                for (DataMap.Retention retention : category.retentions()) {
                    md.append("| ").append(code(retention.element())).append(" | ").append(location(retention.location(), paths))
                            .append(" | ").append(retention.declared()).append(" | ")
                            .append(retention.exceedsPolicy() ? "**no** (PF007)" : "yes").append(" | ")
                            .append(escape(clause(category, "retention"))).append(" |\n");
                }
            }
        }
        return md.toString();
    }

    private static void uses(StringBuilder md, List<DataMap.Use> uses, DataMap.Category category, String clausePrefix) {
        if (uses.isEmpty()) {
            md.append("No flow of this category reaches a sink.\n");
            return;
        }
        md.append("| name | permitted | sink calls | rests on |\n|---|---|---:|---|\n");
        for (DataMap.Use use : uses) {
            md.append("| ").append(escape(use.label())).append(" | ").append(use.permitted() ? "yes" : "**not permitted**")
                    .append(" | ").append(use.flows()).append(" | ").append(escape(clause(category, clausePrefix))).append(" |\n");
        }
    }

    private static String clause(DataMap.Category category, String prefix) {
        for (String clause : category.clauses()) {
            if (clause.startsWith(prefix)) {
                return clause;
            }
        }
        return category.clauses().isEmpty() ? "" : category.clauses().get(0);
    }

    private static String names(List<DataMap.Use> uses) {
        if (uses.isEmpty()) {
            return "-";
        }
        StringBuilder text = new StringBuilder();
        for (DataMap.Use use : uses) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(escape(use.label())).append(use.permitted() ? "" : " (**not permitted**)");
        }
        return text.toString();
    }

    private static String location(SourceLocation location, ReportPaths paths) {
        return "`" + paths.relative(location) + "`";
    }

    /**
     * Text from the policy or the code, shown as written: the characters that open markup in
     * the middle of a line (emphasis, code, links, HTML, entities, table cells) are
     * backslash-escaped, so a title like {@code <b>Rooms</b> *beta*} is not rendered as HTML or
     * emphasis; the others stay bare so the file reads well as text.
     */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.replace('\n', ' ').replace('\r', ' ').toCharArray()) {
            if ("\\`*_[]<>|~&".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /**
     * A code span. Backslashes are literal inside one, so only the table's cell separator is
     * escaped (GFM tables take {@code \|} even in code); a backtick in the text widens the fence.
     */
    private static String code(String text) {
        String cell = text.replace("|", "\\|").replace('\n', ' ');
        String fence = cell.contains("`") ? "`` " : "`";
        return fence + cell + (fence.length() > 1 ? " ``" : "`");
    }

    /**
     * Writes the record.
     *
     * @param markdown the rendered record
     * @param file the target, e.g. {@code target/privacyflow/data-map.md}
     * @throws IOException when it cannot be written
     */
    public static void write(String markdown, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
    }
}
