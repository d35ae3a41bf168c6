package io.github.privacyflow.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.report.BaselineStates;
import io.github.privacyflow.report.ReportPaths;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings accepted as they are, so that {@code check} fails only on new ones, as ArchUnit's
 * freeze store does. An entry is keyed by rule, file and the element the finding is about (not
 * its line), so moving code or editing elsewhere in the file keeps it matched.
 */
public final class Baseline {

    /** The version of the file's schema. */
    public static final int SCHEMA_VERSION = 1;

    /** The {@code tool} the file names, so a reader knows where it came from. */
    private static final String TOOL = "privacyflow";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * One accepted finding.
     *
     * @param ruleId e.g. {@code PF002}
     * @param file the file, relative to the module root, with {@code /}
     * @param element the element signature, e.g. {@code org.example.Participant#email}
     * @param message the message when it was accepted, for the reader of the file
     */
    public record Entry(String ruleId, String file, String element, String message) {

        String key() {
            return ruleId + "|" + file + "|" + element;
        }
    }

    /**
     * The findings split by a baseline.
     *
     * @param fresh findings the baseline does not hold: these fail the build
     * @param baselined findings the baseline holds
     * @param stale entries no finding matched any more: fixed, and removable from the file
     */
    public record Comparison(List<Finding> fresh, List<Finding> baselined, List<Entry> stale) {

        /**
         * Describes the comparison for the reports: which findings are new, which the baseline
         * accepted, and which of its entries are absent now.
         *
         * @param baselineFile the baseline file compared with
         * @return the states
         */
        public BaselineStates states(Path baselineFile) {
            List<BaselineStates.Absent> absent = new ArrayList<>();
            for (Entry entry : stale) {
                absent.add(new BaselineStates.Absent(entry.ruleId(), entry.file(), entry.element(), entry.message()));
            }
            return BaselineStates.of(baselineFile, baselined, absent);
        }
    }

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Makes a baseline of the given findings.
     *
     * @param findings the findings to accept
     * @param paths makes files relative to the module root
     * @return the baseline
     */
    public static Baseline of(List<Finding> findings, ReportPaths paths) {
        List<Entry> entries = new ArrayList<>();
        for (Finding finding : findings) {
            entries.add(entryOf(finding, paths));
        }
        entries.sort(Comparator.comparing(Entry::file).thenComparing(Entry::ruleId).thenComparing(Entry::element)
                .thenComparing(Entry::message));
        return new Baseline(entries);
    }

    private static Entry entryOf(Finding finding, ReportPaths paths) {
        return new Entry(finding.ruleId(), paths.relative(finding.file()), finding.elementSignature(), finding.message());
    }

    /**
     * Returns the entries.
     *
     * @return the accepted findings, sorted
     */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Reads a baseline file.
     *
     * @param file the file
     * @return the baseline
     * @throws BaselineException naming the file and what is wrong
     */
    public static Baseline load(Path file) throws BaselineException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new BaselineException(file + ":" + e.getLocation().getLineNr() + ": not a privacyflow baseline (malformed JSON)");
        } catch (IOException e) {
            throw new BaselineException(file + ": cannot read the baseline (" + e.getClass().getSimpleName() + ")");
        }
        if (root == null || !root.path("findings").isArray() || root.path("schemaVersion").asInt() != SCHEMA_VERSION) {
            throw new BaselineException(file + ": not a privacyflow baseline of schema version " + SCHEMA_VERSION
                    + "; write one with mvn privacyflow:baseline");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode node : root.path("findings")) {
            String ruleId = node.path("ruleId").asText("");
            String path = node.path("file").asText("");
            String element = node.path("element").asText("");
            if (ruleId.isEmpty() || path.isEmpty() || element.isEmpty()) {
                throw new BaselineException(file + ": every finding needs ruleId, file and element");
            }
            entries.add(new Entry(ruleId, path, element, node.path("message").asText("")));
        }
        return new Baseline(entries);
    }

    /**
     * Writes the baseline, sorted and without timestamps, so it diffs well under version control.
     *
     * <p>The file is a user's committed file, so it is never lost: the goal refuses to replace a
     * file that is not a privacyflow baseline (a mistyped {@code -Dprivacyflow.baseline=pom.xml}
     * must not destroy the POM), and the new content goes to a temporary file in the same folder
     * first, then replaces the target in one move, so an interrupted build leaves the old file or
     * the new one, never half of either.
     *
     * @param file the file
     * @throws BaselineException when the file exists and is not a privacyflow baseline; it is left as it was
     * @throws IOException when it cannot be written; the file is left as it was
     */
    public void write(Path file) throws BaselineException, IOException {
        requireReplaceable(file);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("tool", TOOL);
        ArrayNode findings = root.putArray("findings");
        for (Entry entry : entries) {
            ObjectNode node = findings.addObject();
            node.put("ruleId", entry.ruleId());
            node.put("file", entry.file());
            node.put("element", entry.element());
            node.put("message", entry.message());
        }
        String text = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Checks that a file may be replaced by a baseline: it does not exist yet, or it is a
     * privacyflow baseline this plugin reads. Anything else (a POM, a source, a baseline of a newer
     * schema, a folder) is the user's and is refused.
     *
     * @param file the target
     * @throws BaselineException {@code file: not a privacyflow baseline (why); ...}, one line
     */
    public static void requireReplaceable(Path file) throws BaselineException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return; // a dangling symbolic link exists as a link, and is refused below
        }
        String why = notABaseline(file);
        if (why != null) {
            throw new BaselineException(file + ": not a privacyflow baseline (" + why + "); privacyflow:baseline replaces only "
                    + "its own files, so it is left as it was: name another file with -Dprivacyflow.baseline, or delete it first");
        }
    }

    /** Why a file is not a baseline this plugin may replace, or {@code null} when it is one. */
    private static String notABaseline(Path file) {
        if (Files.isDirectory(file)) {
            return "a folder";
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            return e.getLocation() == null ? "not JSON" : "not JSON: line " + e.getLocation().getLineNr();
        } catch (CharacterCodingException e) {
            return "not UTF-8 text";
        } catch (IOException e) {
            return "cannot be read: " + e.getClass().getSimpleName();
        }
        if (root == null || !root.isObject()) {
            return "no JSON object";
        }
        if (!root.path("findings").isArray() || !root.path("schemaVersion").canConvertToInt()) {
            return "no schemaVersion and findings";
        }
        if (root.path("schemaVersion").asInt() != SCHEMA_VERSION) {
            return "schema version " + root.path("schemaVersion").asInt() + ", this plugin writes " + SCHEMA_VERSION;
        }
        return null;
    }

    /**
     * Splits findings into new and accepted ones; each entry accepts one finding.
     *
     * @param findings the findings of this build
     * @param paths makes files relative to the module root
     * @return the comparison
     */
    public Comparison compare(List<Finding> findings, ReportPaths paths) {
        Map<String, Deque<Entry>> unmatched = new LinkedHashMap<>();
        for (Entry entry : entries) {
            unmatched.computeIfAbsent(entry.key(), key -> new ArrayDeque<>()).add(entry);
        }
        List<Finding> fresh = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        for (Finding finding : findings) {
            Deque<Entry> candidates = unmatched.get(entryOf(finding, paths).key());
            if (candidates != null && !candidates.isEmpty()) {
                candidates.poll();
                baselined.add(finding);
            } else {
                fresh.add(finding);
            }
        }
        List<Entry> stale = new ArrayList<>();
        unmatched.values().forEach(stale::addAll);
        return new Comparison(List.copyOf(fresh), List.copyOf(baselined), List.copyOf(stale));
    }
}
