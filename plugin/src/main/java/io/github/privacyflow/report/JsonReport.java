package io.github.privacyflow.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.finding.PathStep;
import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.datamap.DataMap;
import io.github.privacyflow.model.SourceLocation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code privacyflow.json}: the findings with their flow paths, then the suppressed
 * findings apart, for tools and scripts.
 * The schema is documented in {@code docs/json-report.md}; output is deterministic (sorted, no
 * timestamps) and holds identifiers and locations, never data values.
 */
public final class JsonReport {

    /** The version of the report's schema; bumped on incompatible changes. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonReport() {
    }

    /**
     * Builds the report's JSON tree.
     *
     * @param result the analysis result
     * @param paths makes file paths relative
     * @param moduleName the module's name, e.g. its artifactId
     * @return the report
     */
    public static ObjectNode build(AnalysisResult result, ReportPaths paths, String moduleName) {
        return build(result, BaselineStates.NONE, paths, moduleName);
    }

    /**
     * Builds the report's JSON tree for a build compared with a baseline: the summary counts new
     * and baselined findings apart, each finding carries its {@code baselineState} (SARIF's
     * {@code new} or {@code unchanged}), and {@code baseline} names the file and lists its absent
     * entries. Without a baseline none of these keys is written.
     *
     * @param result the analysis result
     * @param baseline how the findings compare with a baseline, or {@link BaselineStates#NONE}
     * @param paths makes file paths relative
     * @param moduleName the module's name, e.g. its artifactId
     * @return the report
     */
    public static ObjectNode build(AnalysisResult result, BaselineStates baseline, ReportPaths paths, String moduleName) {
        ObjectNode report = MAPPER.createObjectNode();
        report.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode tool = report.putObject("tool");
        tool.put("name", "privacyflow");
        tool.put("version", ToolVersion.get());
        report.put("module", moduleName);
        ObjectNode policy = report.putObject("policy");
        policy.put("name", result.policy().name());
        policy.put("file", result.policy().origin() == null ? "embedded" : paths.relative(result.policy().origin()));
        policyTerms(policy, result.policy());
        ObjectNode summary = report.putObject("summary");
        summary.put("classes", result.classesAnalysed());
        summary.put("errors", result.count(Severity.ERROR));
        summary.put("warnings", result.count(Severity.WARNING));
        summary.put("suppressed", result.suppressed());
        if (baseline.compared()) {
            counts(summary.putObject("new"), result, baseline, false);
            counts(summary.putObject("baselined"), result, baseline, true);
            summary.put("absent", baseline.absent().size());
        }
        ArrayNode findings = report.putArray("findings");
        for (Finding finding : result.findings()) {
            ObjectNode node = finding(finding, paths);
            if (baseline.compared()) {
                node.put("baselineState", baseline.state(finding));
            }
            findings.add(node);
        }
        // Suppressed findings are listed apart, never among the findings a build fails on; a
        // baseline does not apply to them, so they carry no baselineState.
        ArrayNode suppressed = report.putArray("suppressed");
        for (Finding finding : result.suppressedFindings()) {
            suppressed.add(finding(finding, paths));
        }
        if (baseline.compared()) {
            report.set("baseline", baseline(baseline, paths));
        }
        if (result.dataMap() != null) {
            report.set("dataMap", dataMap(result.dataMap(), paths));
        }
        return report;
    }

    private static void counts(ObjectNode node, AnalysisResult result, BaselineStates baseline, boolean baselined) {
        node.put("errors", baseline.count(result.findings(), baselined, Severity.ERROR));
        node.put("warnings", baseline.count(result.findings(), baselined, Severity.WARNING));
    }

    private static ObjectNode baseline(BaselineStates baseline, ReportPaths paths) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("file", paths.relative(baseline.baselineFile()));
        ArrayNode absent = node.putArray("absent");
        for (BaselineStates.Absent entry : baseline.absent()) {
            ObjectNode entryNode = absent.addObject();
            entryNode.put("ruleId", entry.ruleId());
            entryNode.put("file", entry.file());
            entryNode.put("element", entry.element());
            entryNode.put("message", entry.message());
        }
        return node;
    }

    private static ObjectNode dataMap(DataMap dataMap, ReportPaths paths) {
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode categories = node.putArray("categories");
        for (DataMap.Category category : dataMap.categories()) {
            ObjectNode entry = categories.addObject();
            entry.put("name", category.name());
            entry.put("title", category.title());
            entry.put("defined", category.defined());
            entry.put("retention", category.policyRetention());
            ArrayNode holders = entry.putArray("holders");
            for (DataMap.Holder holder : category.holders()) {
                ObjectNode holderNode = holders.addObject();
                holderNode.put("kind", holder.kind());
                holderNode.put("element", holder.element());
                holderNode.put("signature", holder.signature());
                location(holderNode, holder.location(), paths);
                holderNode.put("classifiedBy", holder.classifiedBy());
            }
            uses(entry.putArray("purposes"), category.purposes());
            uses(entry.putArray("processors"), category.processors());
            ArrayNode retentions = entry.putArray("retentions");
            for (DataMap.Retention retention : category.retentions()) {
                ObjectNode retentionNode = retentions.addObject();
                retentionNode.put("element", retention.element());
                location(retentionNode, retention.location(), paths);
                retentionNode.put("declared", retention.declared());
                retentionNode.put("exceedsPolicy", retention.exceedsPolicy());
            }
            ArrayNode clauses = entry.putArray("clauses");
            category.clauses().forEach(clauses::add);
        }
        ArrayNode edges = node.putArray("flows");
        for (DataMap.Edge edge : dataMap.edges()) {
            ObjectNode edgeNode = edges.addObject();
            edgeNode.put("category", edge.category());
            edgeNode.put("purpose", edge.purpose());
            edgeNode.put("processor", edge.processor());
            edgeNode.put("sinkCalls", edge.flows());
            edgeNode.put("violation", edge.violation());
        }
        return node;
    }

    /** The agreement's processors and sink kinds with their titles, so a reader can name a policy's own ones. */
    private static void policyTerms(ObjectNode node, io.github.privacyflow.policy.Policy policy) {
        ArrayNode processors = node.putArray("processors");
        for (io.github.privacyflow.policy.Processor processor : policy.processors().values()) {
            ObjectNode entry = processors.addObject();
            entry.put("name", processor.name());
            entry.put("title", processor.title());
            ArrayNode sinks = entry.putArray("sinks");
            processor.sinks().forEach(sinks::add);
        }
        ArrayNode kinds = node.putArray("sinkKinds");
        for (String kind : policy.sinkKinds()) {
            ObjectNode entry = kinds.addObject();
            entry.put("name", kind);
            entry.put("title", policy.sinkKindTitle(kind));
            entry.put("builtIn", io.github.privacyflow.policy.SinkKind.isBuiltIn(kind));
        }
    }

    private static void uses(ArrayNode array, java.util.List<DataMap.Use> uses) {
        for (DataMap.Use use : uses) {
            ObjectNode node = array.addObject();
            node.put("name", use.name());
            node.put("title", use.title());
            node.put("permitted", use.permitted());
            node.put("sinkCalls", use.flows());
        }
    }

    private static ObjectNode finding(Finding finding, ReportPaths paths) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ruleId", finding.ruleId());
        node.put("rule", finding.ruleName());
        node.put("severity", finding.severity().label());
        location(node, finding.location(), paths);
        node.put("message", finding.message());
        node.put("element", finding.elementSignature());
        node.put("fingerprint", Fingerprints.of(finding, paths));
        if (!finding.path().isEmpty()) {
            ArrayNode path = node.putArray("path");
            for (PathStep step : finding.path()) {
                ObjectNode stepNode = path.addObject();
                stepNode.put("step", step.description());
                location(stepNode, step.location(), paths);
            }
        }
        if (!finding.repeatLines().isEmpty()) {
            ArrayNode repeats = node.putArray("repeatLines");
            finding.repeatLines().forEach(repeats::add);
        }
        return node;
    }

    private static void location(ObjectNode node, SourceLocation location, ReportPaths paths) {
        node.put("file", paths.relative(location.file()));
        if (location.line() > 0) {
            node.put("line", location.line());
        }
        if (location.column() > 0) {
            node.put("column", location.column());
        }
    }

    /**
     * Writes a JSON tree to a file, creating its folder.
     *
     * @param tree the JSON
     * @param file the target file
     * @throws IOException when the file cannot be written
     */
    public static void write(JsonNode tree, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            MAPPER.writeValue(out, tree);
            out.write('\n');
        }
    }

    /** @return the shared mapper, configured for deterministic, indented output */
    static ObjectMapper mapper() {
        return MAPPER;
    }
}
