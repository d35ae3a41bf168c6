package io.github.privacyflow.report;

import io.github.privacyflow.datamap.DataMap;
import io.github.privacyflow.policy.Policy;
import io.github.privacyflow.policy.Processor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Draws the data map as an SVG picture, on the server side so it shows without script: three
 * columns (data categories, purposes, processors) and, for every flow of the data map, a band
 * from its category through its purpose to its processor, as wide as its number of sink calls.
 * A band segment the agreement does not permit (the purpose for the category, or the processor
 * for the category) is drawn in the violation colour; so are the nodes the agreement does not
 * know ("(no purpose)", "(no processor: kind)", undefined categories, purposes and processors).
 */
final class HtmlDataMap {

    /** The colour of violations, in the picture and its legend. */
    static final String VIOLATION = "#d92d20";
    /** The colour of permitted flows. */
    static final String PERMITTED = "#3b6fd8";

    private static final int WIDTH = 1120;
    private static final int NODE_WIDTH = 244;
    private static final int TOP = 34;
    private static final int NODE_GAP = 16;
    private static final int MIN_NODE_HEIGHT = 54;
    private static final int LINE_HEIGHT = 15;
    private static final int SUBTITLE_CHARS = 34;
    private static final int NODE_PADDING = 22;
    private static final double MAX_BAND_PER_CALL = 9;
    private static final double BAND_BUDGET = 300;
    private static final double MIN_BAND = 2;
    private static final int[] COLUMN_X = {1, (WIDTH - NODE_WIDTH) / 2, WIDTH - NODE_WIDTH - 1};
    private static final String[] COLUMN_TITLES = {"DATA CATEGORIES", "PURPOSES", "PROCESSORS"};

    private HtmlDataMap() {
    }

    /** A box in one of the three columns. */
    private static final class Node {
        final int column;
        final String name;
        final String subtitle;
        final boolean violation;
        final String why;
        final List<String> subtitleLines;
        int index;
        int flows;
        double inner;
        double y;
        double height;
        double leftCursor;
        double rightCursor;

        Node(int column, String name, String subtitle, boolean violation, String why) {
            this.column = column;
            this.name = name;
            this.subtitle = subtitle;
            this.violation = violation;
            this.why = why;
            this.subtitleLines = wrap(subtitle, SUBTITLE_CHARS);
        }
    }

    /** Breaks a subtitle into at most two lines at spaces; the second is cut when too long. */
    static List<String> wrap(String text, int width) {
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.length() <= width) {
            return List.of(text);
        }
        int cut = text.lastIndexOf(' ', width);
        if (cut <= 0) {
            return List.of(HtmlText.truncate(text, width));
        }
        return List.of(text.substring(0, cut), HtmlText.truncate(text.substring(cut + 1).strip(), width));
    }

    /** One flow of the data map, placed. */
    private static final class Band {
        final DataMap.Edge edge;
        final Node category;
        final Node purpose;
        final Node processor;
        final double width;
        final boolean purposeViolation;
        final boolean processorViolation;
        double yCategory;
        double yPurposeIn;
        double yPurposeOut;
        double yProcessor;

        Band(DataMap.Edge edge, Node category, Node purpose, Node processor, double width, Policy policy) {
            this.edge = edge;
            this.category = category;
            this.purpose = purpose;
            this.processor = processor;
            this.width = width;
            boolean purposeBad = edge.violation() && !policy.isPurposePermitted(edge.category(), edge.purpose());
            boolean processorBad = edge.violation() && !policy.isProcessorPermitted(edge.category(), edge.processor());
            if (edge.violation() && !purposeBad && !processorBad) {
                purposeBad = true;
                processorBad = true;
            }
            this.purposeViolation = purposeBad;
            this.processorViolation = processorBad;
        }
    }

    /**
     * Draws the picture.
     *
     * @param dataMap the data map
     * @param policy the agreement, which says which nodes it defines and which segments it permits
     * @return the {@code <svg>} element
     */
    static String svg(DataMap dataMap, Policy policy) {
        return svg(dataMap, policy, "");
    }

    /**
     * Draws the picture as an SVG element that carries its own style sheet, for a page that does
     * not have the HTML report's (the Maven site page): the same picture, with the report's
     * colours and fonts written out instead of read from its CSS variables.
     *
     * @param dataMap the data map
     * @param policy the agreement
     * @return the {@code <svg>} element
     */
    static String standaloneSvg(DataMap dataMap, Policy policy) {
        return svg(dataMap, policy, STANDALONE_STYLE);
    }

    /** The report's {@code svg.datamap} rules (report.css), with the values of its variables. */
    private static final String STANDALONE_STYLE = "<style>"
            + "svg.datamap{display:block;max-width:100%;height:auto;font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,"
            + "\"Helvetica Neue\",Arial,sans-serif}"
            + "svg.datamap .dm-col{font-size:11.5px;font-weight:650;letter-spacing:.08em;fill:#8a94a3}"
            + "svg.datamap .dm-band{stroke-opacity:.38}svg.datamap .dm-band.dm-violation{stroke-opacity:.62}"
            + "svg.datamap .dm-band:hover{stroke-opacity:.85}"
            + "svg.datamap .dm-name{font-size:13.5px;font-weight:650;fill:#1d2433;font-family:ui-monospace,SFMono-Regular,Menlo,"
            + "Consolas,\"DejaVu Sans Mono\",monospace}"
            + "svg.datamap .dm-count{font-size:12.5px;font-weight:600;fill:#5f6b7c}svg.datamap .dm-sub{font-size:12px;fill:#5f6b7c}"
            + "svg.datamap .dm-node-violation .dm-name,svg.datamap .dm-node-violation .dm-count{fill:#b42318}"
            + "svg.datamap .dm-node-unused .dm-name,svg.datamap .dm-node-unused .dm-count,svg.datamap .dm-node-unused .dm-sub"
            + "{fill:#8a94a3}svg.datamap .dm-empty{font-size:13px;fill:#5f6b7c}"
            + "</style>\n";

    private static String svg(DataMap dataMap, Policy policy, String style) {
        List<Map<String, Node>> columns = nodes(dataMap, policy);
        List<Band> bands = bands(dataMap, policy, columns);
        double height = layout(columns, bands);

        StringBuilder out = new StringBuilder();
        int total = dataMap.edges().stream().mapToInt(DataMap.Edge::flows).sum();
        long violating = dataMap.edges().stream().filter(DataMap.Edge::violation).mapToInt(DataMap.Edge::flows).sum();
        String summary = "Data map of " + dataMap.policyName() + ": " + HtmlText.count(total, "sink call", "sink calls")
                + " carry personal data from " + HtmlText.count(columns.get(0).size(), "category", "categories")
                + " through purposes to processors; " + violating + " of them against the agreement.";
        out.append("<svg class=\"datamap\" id=\"datamap-svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(num(height))
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(num(height))
                .append("\" role=\"img\" aria-labelledby=\"datamap-title\" preserveAspectRatio=\"xMidYMin meet\">\n");
        out.append("<title id=\"datamap-title\">").append(HtmlText.escape(summary)).append("</title>\n").append(style);
        for (int column = 0; column < 3; column++) {
            double x = COLUMN_X[column] + NODE_WIDTH / 2.0;
            out.append("<text class=\"dm-col\" x=\"").append(num(x)).append("\" y=\"14\" text-anchor=\"middle\">")
                    .append(COLUMN_TITLES[column]).append("</text>\n");
        }
        out.append("<g class=\"dm-bands\">\n");
        for (boolean violations : new boolean[] {false, true}) {
            for (Band band : bands) {
                segment(out, band, true, violations);
                segment(out, band, false, violations);
            }
        }
        out.append("</g>\n<g class=\"dm-nodes\">\n");
        for (Map<String, Node> column : columns) {
            for (Node node : column.values()) {
                node(out, node);
            }
        }
        out.append("</g>\n");
        if (bands.isEmpty()) {
            out.append("<text class=\"dm-empty\" x=\"").append(WIDTH / 2).append("\" y=\"").append(num(height - 12))
                    .append("\" text-anchor=\"middle\">No personal data reaches a sink.</text>\n");
        }
        out.append("</svg>");
        return out.toString();
    }

    private static List<Map<String, Node>> nodes(DataMap dataMap, Policy policy) {
        Map<String, Node> categories = new LinkedHashMap<>();
        for (DataMap.Category category : dataMap.categories()) {
            categories.put(category.name(), new Node(0, category.name(),
                    category.defined() ? category.title() : "not defined by the agreement", !category.defined(),
                    category.defined() ? "" : "not defined by the agreement"));
        }
        TreeSet<String> extraCategories = new TreeSet<>();
        TreeSet<String> purposeNames = new TreeSet<>();
        TreeSet<String> processorNames = new TreeSet<>();
        for (DataMap.Edge edge : dataMap.edges()) {
            if (!categories.containsKey(edge.category())) {
                extraCategories.add(edge.category());
            }
            purposeNames.add(edge.purpose());
            processorNames.add(edge.processor());
        }
        for (String name : extraCategories) {
            boolean defined = policy.category(name).isPresent();
            categories.put(name, new Node(0, name, defined ? policy.category(name).get().title() : "not defined by the agreement",
                    !defined, defined ? "" : "not defined by the agreement"));
        }

        Map<String, Node> purposes = new LinkedHashMap<>();
        for (Map.Entry<String, String> purpose : policy.purposes().entrySet()) {
            purposes.put(purpose.getKey(), new Node(1, purpose.getKey(), purpose.getValue(), false, ""));
        }
        List<String> unknownPurposes = new ArrayList<>();
        for (String name : purposeNames) {
            if (!purposes.containsKey(name) && !isPlaceholder(name)) {
                unknownPurposes.add(name);
            }
        }
        for (String name : unknownPurposes) {
            purposes.put(name, new Node(1, name, "not defined by the agreement", true, "not defined by the agreement"));
        }
        for (String name : purposeNames) {
            if (isPlaceholder(name)) {
                purposes.put(name, new Node(1, name, "no @Purpose in scope", true, "no purpose declared"));
            }
        }

        Map<String, Node> processors = new LinkedHashMap<>();
        for (Processor processor : policy.processors().values()) {
            processors.put(processor.name(), new Node(2, processor.name(), processor.title(), false, ""));
        }
        List<String> placeholders = new ArrayList<>();
        for (String name : processorNames) {
            if (processors.containsKey(name)) {
                continue;
            }
            if (isPlaceholder(name)) {
                placeholders.add(name);
            } else {
                processors.put(name, new Node(2, name, "not defined by the agreement", true, "not defined by the agreement"));
            }
        }
        for (String name : placeholders) {
            processors.put(name, new Node(2, name, "no processor of the agreement receives this sink kind", true,
                    "no processor of the agreement receives this sink kind"));
        }
        List<Map<String, Node>> columns = List.of(categories, purposes, processors);
        for (Map<String, Node> column : columns) {
            int index = 0;
            for (Node node : column.values()) {
                node.index = index++;
            }
        }
        return columns;
    }

    private static boolean isPlaceholder(String name) {
        return name.startsWith("(");
    }

    private static List<Band> bands(DataMap dataMap, Policy policy, List<Map<String, Node>> columns) {
        int total = dataMap.edges().stream().mapToInt(DataMap.Edge::flows).sum();
        double perCall = total == 0 ? 0 : Math.min(MAX_BAND_PER_CALL, BAND_BUDGET / total);
        List<Band> bands = new ArrayList<>();
        for (DataMap.Edge edge : dataMap.edges()) {
            Node category = columns.get(0).get(edge.category());
            Node purpose = columns.get(1).get(edge.purpose());
            Node processor = columns.get(2).get(edge.processor());
            double width = Math.max(MIN_BAND, round(edge.flows() * perCall));
            Band band = new Band(edge, category, purpose, processor, width, policy);
            bands.add(band);
            for (Node node : List.of(category, purpose, processor)) {
                node.flows += edge.flows();
                node.inner += width;
            }
        }
        return bands;
    }

    private static double layout(List<Map<String, Node>> columns, List<Band> bands) {
        double tallest = 0;
        double[] heights = new double[3];
        for (int column = 0; column < 3; column++) {
            double height = 0;
            for (Node node : columns.get(column).values()) {
                int minimum = MIN_NODE_HEIGHT + LINE_HEIGHT * Math.max(0, node.subtitleLines.size() - 1);
                node.height = Math.max(minimum, round(node.inner + NODE_PADDING));
                height += node.height + NODE_GAP;
            }
            heights[column] = Math.max(0, height - NODE_GAP);
            tallest = Math.max(tallest, heights[column]);
        }
        for (int column = 0; column < 3; column++) {
            double y = TOP + round((tallest - heights[column]) / 2);
            for (Node node : columns.get(column).values()) {
                node.y = y;
                node.leftCursor = y + round((node.height - node.inner) / 2);
                node.rightCursor = node.leftCursor;
                y += node.height + NODE_GAP;
            }
        }
        List<Band> order = new ArrayList<>(bands);
        order.sort(Comparator.comparingInt((Band b) -> b.purpose.index).thenComparingInt(b -> b.processor.index));
        for (Band band : order) {
            band.yCategory = band.category.rightCursor;
            band.category.rightCursor += band.width;
        }
        order.sort(Comparator.comparingInt((Band b) -> b.category.index).thenComparingInt(b -> b.processor.index));
        for (Band band : order) {
            band.yPurposeIn = band.purpose.leftCursor;
            band.purpose.leftCursor += band.width;
        }
        order.sort(Comparator.comparingInt((Band b) -> b.processor.index).thenComparingInt(b -> b.category.index));
        for (Band band : order) {
            band.yPurposeOut = band.purpose.rightCursor;
            band.purpose.rightCursor += band.width;
        }
        order.sort(Comparator.comparingInt((Band b) -> b.purpose.index).thenComparingInt(b -> b.category.index));
        for (Band band : order) {
            band.yProcessor = band.processor.leftCursor;
            band.processor.leftCursor += band.width;
        }
        return TOP + tallest + 8;
    }

    private static void segment(StringBuilder out, Band band, boolean first, boolean violations) {
        boolean violation = first ? band.purposeViolation : band.processorViolation;
        if (violation != violations) {
            return;
        }
        double x1 = first ? COLUMN_X[0] + NODE_WIDTH : COLUMN_X[1] + NODE_WIDTH;
        double x2 = first ? COLUMN_X[1] : COLUMN_X[2];
        double y1 = (first ? band.yCategory : band.yPurposeOut) + band.width / 2;
        double y2 = (first ? band.yPurposeIn : band.yProcessor) + band.width / 2;
        double middle = (x1 + x2) / 2;
        DataMap.Edge edge = band.edge;
        String tip = edge.category() + " \u2192 " + edge.purpose() + " \u2192 " + edge.processor() + ": "
                + HtmlText.count(edge.flows(), "sink call", "sink calls")
                + (violation ? first ? " \u2014 purpose not permitted for this category"
                        : " \u2014 processor not permitted for this category" : " \u2014 permitted");
        out.append("<path class=\"dm-band").append(violation ? " dm-violation" : "").append("\" d=\"M").append(num(x1))
                .append(' ').append(num(y1)).append(" C").append(num(middle)).append(' ').append(num(y1)).append(' ')
                .append(num(middle)).append(' ').append(num(y2)).append(' ').append(num(x2)).append(' ').append(num(y2))
                .append("\" stroke=\"").append(violation ? VIOLATION : PERMITTED).append("\" stroke-width=\"")
                .append(num(band.width)).append("\" fill=\"none\" data-category=\"").append(HtmlText.escape(edge.category()))
                .append("\" data-purpose=\"").append(HtmlText.escape(edge.purpose())).append("\" data-processor=\"")
                .append(HtmlText.escape(edge.processor())).append("\"><title>").append(HtmlText.escape(tip))
                .append("</title></path>\n");
    }

    private static void node(StringBuilder out, Node node) {
        double x = COLUMN_X[node.column];
        String kind = switch (node.column) {
            case 0 -> "category";
            case 1 -> "purpose";
            default -> "processor";
        };
        StringBuilder classes = new StringBuilder("dm-node dm-").append(kind);
        if (node.violation) {
            classes.append(" dm-node-violation");
        } else if (node.flows == 0) {
            classes.append(" dm-node-unused");
        }
        String tip = node.name + (node.subtitle.isEmpty() ? "" : " \u2014 " + node.subtitle) + ": "
                + (node.flows == 0 ? "no flows found" : HtmlText.count(node.flows, "sink call", "sink calls"))
                + (node.violation ? " (" + node.why + ")" : "");
        out.append("<g class=\"").append(classes).append("\" data-name=\"").append(HtmlText.escape(node.name))
                .append("\"><title>").append(HtmlText.escape(tip)).append("</title>");
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(node.y)).append("\" width=\"").append(NODE_WIDTH)
                .append("\" height=\"").append(num(node.height)).append("\" rx=\"7\"");
        if (node.violation) {
            out.append(" fill=\"#fef3f2\" stroke=\"").append(VIOLATION).append("\" stroke-width=\"1.5\"");
        } else if (node.flows == 0) {
            out.append(" fill=\"#f8fafc\" stroke=\"#c5ccd6\" stroke-dasharray=\"4 3\"");
        } else {
            out.append(" fill=\"#ffffff\" stroke=\"#c5ccd6\"");
        }
        out.append("/>");
        int lines = node.subtitleLines.size();
        double nameY = node.y + node.height / 2 - (lines == 0 ? -5 : lines == 1 ? 3 : 3 + LINE_HEIGHT / 2.0);
        String count = node.flows == 0 ? "no flows" : String.valueOf(node.flows);
        int nameRoom = node.flows == 0 ? 22 : 26;
        out.append("<text class=\"dm-name\" x=\"").append(num(x + 12)).append("\" y=\"").append(num(nameY)).append("\">")
                .append(HtmlText.escape(HtmlText.truncate(node.name, nameRoom))).append("</text>");
        out.append("<text class=\"dm-count\" x=\"").append(num(x + NODE_WIDTH - 12)).append("\" y=\"").append(num(nameY))
                .append("\" text-anchor=\"end\">").append(count).append("</text>");
        double lineY = nameY + 16;
        for (String line : node.subtitleLines) {
            out.append("<text class=\"dm-sub\" x=\"").append(num(x + 12)).append("\" y=\"").append(num(lineY)).append("\">")
                    .append(HtmlText.escape(line)).append("</text>");
            lineY += LINE_HEIGHT;
        }
        out.append("</g>\n");
    }

    /**
     * Lists the flows as a table, the picture's accessible twin.
     *
     * @param dataMap the data map
     * @return the {@code <table>}
     */
    static String table(DataMap dataMap) {
        StringBuilder out = new StringBuilder("<table class=\"data flows\">\n<thead><tr><th>Category</th><th>Purpose</th>"
                + "<th>Processor</th><th class=\"num\">Sink calls</th><th>Agreement</th></tr></thead>\n<tbody>\n");
        for (DataMap.Edge edge : dataMap.edges()) {
            out.append("<tr").append(edge.violation() ? " class=\"violation\"" : "").append("><td><code>")
                    .append(HtmlText.escape(edge.category())).append("</code></td><td><code>").append(HtmlText.escape(edge.purpose()))
                    .append("</code></td><td><code>").append(HtmlText.escape(edge.processor())).append("</code></td><td class=\"num\">")
                    .append(edge.flows()).append("</td><td>")
                    .append(edge.violation() ? "<span class=\"tag tag-bad\">violation</span>" : "<span class=\"tag tag-ok\">permitted</span>")
                    .append("</td></tr>\n");
        }
        if (dataMap.edges().isEmpty()) {
            out.append("<tr><td colspan=\"5\" class=\"muted\">No personal data reaches a sink.</td></tr>\n");
        }
        return out.append("</tbody>\n</table>").toString();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String num(double value) {
        double rounded = round(value);
        if (rounded == Math.rint(rounded)) {
            return String.valueOf((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }
}
