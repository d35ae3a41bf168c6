package io.github.privacyflow.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.finding.PathStep;
import io.github.privacyflow.model.SourceLocation;
import io.github.privacyflow.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes {@code privacyflow.sarif}: SARIF 2.1.0 as GitHub code scanning reads it. One run per
 * module, categorised by {@code automationDetails.id} {@code privacyflow/<module>/}; every
 * registered rule with its help page; one result per finding, in the findings' order, located
 * relative to the reactor root, with the flow path as a {@code codeFlow} and a line-insensitive
 * {@code primaryLocationLineHash}. The file holds no timestamp and no absolute path, so a re-run
 * writes the same bytes. The layout is documented in {@code docs/sarif.md}.
 */
public final class SarifReport {

    /** The schema the file declares. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /** The tool's home page, {@code tool.driver.informationUri}. */
    public static final String INFORMATION_URI = "https://github.com/privacyflow/privacyflow";

    /** The key of the element-based fingerprint in {@code fingerprints}. */
    public static final String FINGERPRINT_KEY = "privacyflowElement/v1";

    /** Semantic Versioning 2.0.0, for {@code semanticVersion}. */
    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    private SarifReport() {
    }

    /**
     * Builds the SARIF log.
     *
     * @param result the analysis result
     * @param reactorPaths makes paths relative to the reactor (repository) root
     * @param moduleName the module's name, e.g. its artifactId, for the run's category
     * @return the log
     */
    public static ObjectNode build(AnalysisResult result, ReportPaths reactorPaths, String moduleName) {
        return build(result, BaselineStates.NONE, reactorPaths, moduleName, RuleDocs.BASE_URI);
    }

    /**
     * Builds the SARIF log, linking each rule's {@code helpUri} under a base URL.
     *
     * @param result the analysis result
     * @param reactorPaths makes paths relative to the reactor (repository) root
     * @param moduleName the module's name
     * @param helpBaseUrl where the rule pages are published ({@link RuleDocs#uri(String, String)})
     * @return the log
     */
    public static ObjectNode build(AnalysisResult result, ReportPaths reactorPaths, String moduleName, String helpBaseUrl) {
        return build(result, BaselineStates.NONE, reactorPaths, moduleName, helpBaseUrl);
    }

    /**
     * Builds the SARIF log of a build compared with a baseline: every result carries its
     * {@code baselineState}, {@code new} or {@code unchanged} (SARIF 2.1.0 §3.27.24), and the
     * run names the baseline in its property bag, the "out of band" information SARIF asks for
     * when the baseline is not itself a SARIF run. Without a baseline no result has a state.
     *
     * <p>The baseline's entries no finding matches any more are not written as {@code absent}
     * results, though SARIF allows them: GitHub code scanning reads neither {@code baselineState}
     * nor {@code kind}, so an absent result would show as an open alert, and, sharing the fixed
     * finding's fingerprint, would keep that alert from closing. A fixed finding leaves the file,
     * which is how code scanning learns it was fixed; the JSON and HTML reports list the absent
     * entries.
     *
     * @param result the analysis result
     * @param baseline how the findings compare with a baseline, or {@link BaselineStates#NONE}
     * @param reactorPaths makes paths relative to the reactor (repository) root
     * @param moduleName the module's name, e.g. its artifactId, for the run's category
     * @return the log
     */
    public static ObjectNode build(AnalysisResult result, BaselineStates baseline, ReportPaths reactorPaths, String moduleName) {
        return build(result, baseline, reactorPaths, moduleName, RuleDocs.BASE_URI);
    }

    /**
     * Builds the SARIF log of a build compared with a baseline, linking each rule's
     * {@code helpUri} under a base URL.
     *
     * @param result the analysis result
     * @param baseline how the findings compare with a baseline, or {@link BaselineStates#NONE}
     * @param reactorPaths makes paths relative to the reactor (repository) root
     * @param moduleName the module's name, e.g. its artifactId, for the run's category
     * @param helpBaseUrl where the rule pages are published ({@link RuleDocs#uri(String, String)})
     * @return the log
     */
    public static ObjectNode build(AnalysisResult result, BaselineStates baseline, ReportPaths reactorPaths, String moduleName,
            String helpBaseUrl) {
        ObjectNode log = JsonReport.mapper().createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        SarifRules rules = new SarifRules(RuleRegistry.all(), helpBaseUrl);
        run.set("tool", tool(rules));
        run.putObject("automationDetails").put("id", "privacyflow/" + moduleName + "/");
        run.put("columnKind", "utf16CodeUnits");
        SarifLocations locations = new SarifLocations(reactorPaths);
        ArrayNode results = run.putArray("results");
        Map<String, Integer> occurrences = new HashMap<>();
        for (Finding finding : result.findings()) {
            String fingerprint = Fingerprints.of(finding, reactorPaths);
            int occurrence = occurrences.merge(fingerprint, 1, Integer::sum);
            ObjectNode node = result(finding, rules.index(finding.ruleId()), locations, fingerprint + ":" + occurrence);
            if (baseline.compared()) {
                node.put("baselineState", baseline.state(finding));
            }
            results.add(node);
        }
        if (baseline.compared()) {
            run.withObjectProperty("properties").put("privacyflowBaseline", reactorPaths.relative(baseline.baselineFile()));
        }
        if (result.suppressed() > 0) {
            // Counted, not listed: GitHub code scanning does not read a result's "suppressions"
            // and would open an alert for every suppressed finding written as a result.
            run.withObjectProperty("properties").put("privacyflowSuppressed", result.suppressed());
        }
        return log;
    }

    /**
     * Builds and writes the SARIF log.
     *
     * @param result the analysis result
     * @param reactorPaths makes paths relative to the reactor (repository) root
     * @param moduleName the module's name
     * @param file the target, e.g. {@code target/privacyflow/privacyflow.sarif}
     * @throws IOException when the file cannot be written
     */
    public static void write(AnalysisResult result, ReportPaths reactorPaths, String moduleName, Path file)
            throws IOException {
        write(result, reactorPaths, moduleName, file, RuleDocs.BASE_URI);
    }

    /**
     * Builds and writes the SARIF log, linking each rule's {@code helpUri} under a base URL.
     *
     * @param result the analysis result
     * @param reactorPaths makes paths relative to the reactor (repository) root
     * @param moduleName the module's name
     * @param file the target
     * @param helpBaseUrl where the rule pages are published
     * @throws IOException when the file cannot be written
     */
    public static void write(AnalysisResult result, ReportPaths reactorPaths, String moduleName, Path file,
            String helpBaseUrl) throws IOException {
        JsonReport.write(build(result, reactorPaths, moduleName, helpBaseUrl), file);
    }

    private static ObjectNode tool(SarifRules rules) {
        ObjectNode tool = JsonReport.mapper().createObjectNode();
        ObjectNode driver = tool.putObject("driver");
        driver.put("name", "privacyflow");
        String version = ToolVersion.get();
        driver.put("version", version);
        if (SEMVER.matcher(version).matches()) {
            driver.put("semanticVersion", version);
        }
        driver.put("informationUri", INFORMATION_URI);
        driver.set("rules", rules.descriptors());
        return tool;
    }

    private static ObjectNode result(Finding finding, int ruleIndex, SarifLocations locations, String lineHash) {
        ObjectNode node = JsonReport.mapper().createObjectNode();
        node.put("ruleId", finding.ruleId());
        node.put("ruleIndex", ruleIndex);
        node.put("level", SarifRules.level(finding.severity()));
        node.putObject("message").put("text", message(finding.message()));
        node.putArray("locations").addObject().set("physicalLocation", locations.physicalLocation(finding.location()));
        if (!finding.repeatLines().isEmpty()) {
            // The calls folded into this finding: code scanning shows them beside the alert.
            ArrayNode related = node.putArray("relatedLocations");
            int id = 1;
            for (int line : finding.repeatLines()) {
                ObjectNode repeat = related.addObject();
                repeat.put("id", id++);
                repeat.set("physicalLocation", locations.physicalLocation(
                        new SourceLocation(finding.location().file(), line, 0)));
                repeat.putObject("message").put("text", "The same data, or more of the same record, reaches the same kind of sink here.");
            }
        }
        if (!finding.path().isEmpty()) {
            ArrayNode steps = node.putArray("codeFlows").addObject().putArray("threadFlows").addObject().putArray("locations");
            for (PathStep step : finding.path()) {
                ObjectNode location = steps.addObject().putObject("location");
                location.set("physicalLocation", locations.physicalLocation(step.location()));
                String description = step.description() == null || step.description().isBlank() ? "flow step" : step.description();
                location.putObject("message").put("text", SarifRules.sentence(capitalise(description)));
            }
        }
        node.putObject("partialFingerprints").put("primaryLocationLineHash", lineHash);
        node.putObject("fingerprints").put(FINGERPRINT_KEY, lineHash);
        return node;
    }

    /**
     * Turns a finding's one-line message into SARIF message text whose first sentence reads as
     * the alert's title: the part before the first {@code "; "} (outside parentheses and quotes)
     * becomes that sentence, the rest
     * follows as a second one, and both are capitalised and end with a full stop.
     *
     * @param message e.g. {@code field Student.religion holds special-category data ...; the agreement ...}
     * @return e.g. {@code Field Student.religion holds special-category data .... The agreement ....}
     */
    static String message(String message) {
        String text = message.strip();
        int split = firstClauseEnd(text);
        if (split < 0) {
            return SarifRules.sentence(capitalise(text));
        }
        return SarifRules.sentence(capitalise(text.substring(0, split))) + " "
                + SarifRules.sentence(capitalise(text.substring(split + 2)));
    }

    /** The first {@code "; "} outside parentheses and {@code 'quotes'}, or -1. */
    private static int firstClauseEnd(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == '\'' && (quoted || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                quoted = !quoted; // an apostrophe, as in "agreement's", opens no quote
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (!quoted && depth == 0 && c == ';' && text.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return -1;
    }

    private static String capitalise(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return stripped;
        }
        return stripped.substring(0, 1).toUpperCase(Locale.ROOT) + stripped.substring(1);
    }
}
