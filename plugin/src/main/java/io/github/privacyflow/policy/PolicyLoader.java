package io.github.privacyflow.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Loads policies: the embedded default agreement, or a project's YAML policy file.
 *
 * <p>Files are read as UTF-8 YAML 1.2 with snakeyaml-engine's composer only (no object
 * construction, no tags), validated completely, and every problem is reported with its line in
 * one {@link PolicyException}.
 *
 * <p>Sink kinds are open: besides the built-in ones a file may name kinds of its own
 * ({@code sms-gateway}); what looks like a typo in them (a processor kind no sink has, a sink kind
 * no processor lists) becomes a {@link PolicyWarning} on the loaded {@link Policy}, not an error.
 *
 * <p>A project file that has any of {@code categories}, {@code purposes} or {@code processors}
 * <em>replaces</em> the agreement; one that has none of them <em>extends</em> the embedded
 * default with its {@code sources} and {@code sinks} (and its {@code name} and
 * {@code sensitive-data}, when given).
 *
 * <p>All methods are thread-safe; the default policy is parsed once and cached.
 */
public final class PolicyLoader {

    /** The classpath resource (relative to this class) holding the default policy. */
    static final String DEFAULT_RESOURCE = "default-policy.yaml";

    static final List<String> TOP_KEYS = List.of(
            "name", "sensitive-data", "categories", "purposes", "processors", "sources", "sinks");
    static final List<String> CATEGORY_KEYS = List.of("title", "purposes", "processors", "retention");
    static final List<String> RETENTION_KEYS = List.of("max-days", "until-deleted");
    static final List<String> PROCESSOR_KEYS = List.of("title", "sinks");
    static final List<String> SOURCE_KEYS = List.of("field", "method", "parameter", "index", "category");
    static final List<String> SINK_KEYS = List.of("kind", "method", "parameter", "returns", "index");

    private static final Set<Tag> PLAIN_TAGS = Set.of(
            Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP, Tag.ENV_TAG);
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");
    /** The end of the message for a sink kind that is not a valid name. */
    private static final String INVALID_KIND = "is not a valid sink kind name: use lower-case letters,"
            + " digits and '-', starting with a letter, e.g. sms-gateway (built-in kinds: "
            + String.join(", ", SinkKind.ids()) + ")";

    private static volatile Policy cachedDefault;

    private PolicyLoader() {
    }

    /**
     * The embedded default policy: the seed Data Processing and Security Agreement, with no
     * sources or sinks. Parsed once, through the same code as project files, then cached.
     *
     * @return the default policy ({@link Policy#origin()} is {@code null})
     * @throws IllegalStateException if the embedded resource is missing or invalid (a build bug)
     */
    public static Policy loadDefault() {
        Policy p = cachedDefault;
        if (p == null) {
            synchronized (PolicyLoader.class) {
                p = cachedDefault;
                if (p == null) {
                    p = readDefault();
                    cachedDefault = p;
                }
            }
        }
        return p;
    }

    private static Policy readDefault() {
        try (InputStream in = PolicyLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            String text = decode(in.readAllBytes(), null);
            return parse(text, null, null);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the embedded default policy", e);
        } catch (PolicyException e) {
            throw new IllegalStateException("the embedded default policy is invalid:\n"
                    + e.getMessage(), e);
        }
    }

    /**
     * Loads a project's policy file.
     *
     * @param file the file; messages name it as given (pass an absolute path)
     * @return the policy; {@link Policy#origin()} is {@code file}
     * @throws PolicyException when the file cannot be read, is not YAML, or is not a valid
     *     policy; it lists every problem found
     */
    public static Policy load(Path file) throws PolicyException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PolicyException(file, 0, "the policy file does not exist");
        } catch (IOException e) {
            throw new PolicyException(file, 0, "cannot read the policy file: " + e);
        }
        return parse(decode(bytes, file), file, loadDefault());
    }

    /**
     * Parses policy text as if it were read from {@code file} (for tests and tools).
     *
     * @param yaml the YAML text
     * @param file the file to name in messages and as {@link Policy#origin()}; must not be
     *     {@code null}
     * @return the policy
     * @throws PolicyException when the text is not YAML or not a valid policy
     */
    public static Policy parse(String yaml, Path file) throws PolicyException {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        return parse(yaml, file, loadDefault());
    }

    private static String decode(byte[] bytes, Path file) throws PolicyException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new PolicyException(file, line, "the policy file is not valid UTF-8");
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Parses text; {@code base} is the agreement a file without categories/purposes/processors
     * extends ({@code null} while parsing the default itself).
     */
    static Policy parse(String yaml, Path file, Policy base) throws PolicyException {
        try {
            Node root = compose(yaml, file);
            return new Walker(file, base).policy(root);
        } catch (StackOverflowError e) {
            // snakeyaml-engine has no nesting limit: thousands of nested [ or { exhaust the stack.
            throw new PolicyException(file, 0, "the policy nests lists or mappings too deeply to be read");
        }
    }

    private static Node compose(String yaml, Path file) throws PolicyException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file == null ? PolicyException.EMBEDDED_NAME : file.toString())
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true) // the walker reports duplicates with both lines
                .setUseMarks(true)
                .build();
        Optional<Node> node;
        try {
            node = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            throw syntaxError(e, file);
        } catch (YamlEngineException e) {
            throw new PolicyException(file, 0, oneLine(e.getMessage()));
        }
        if (node.isEmpty()) {
            throw new PolicyException(file, 1, "the policy file is empty; expected a mapping with "
                    + String.join(", ", TOP_KEYS));
        }
        return node.get();
    }

    /**
     * snakeyaml's problem at the problem's line; its context (e.g. "while scanning a quoted
     * scalar") is added in words when there is one, never the source snippet.
     */
    private static PolicyException syntaxError(MarkedYamlEngineException e, Path file) {
        Optional<Mark> problemMark = e.getProblemMark();
        Optional<Mark> contextMark = e.getContextMark();
        int line = problemMark.or(() -> contextMark).map(m -> m.getLine() + 1).orElse(0);
        String problem = isBlank(e.getProblem()) ? null : oneLine(e.getProblem());
        String context = isBlank(e.getContext()) ? null : oneLine(e.getContext());
        String text;
        if (problem == null) {
            text = context == null ? "invalid YAML" : context;
        } else if (context == null) {
            text = problem;
        } else if (problem.startsWith("but ")) {
            text = context + ", " + problem;
        } else {
            int contextLine = contextMark.map(m -> m.getLine() + 1).orElse(line);
            text = problem + " (" + context
                    + (contextLine != line ? " that starts on line " + contextLine : "") + ")";
        }
        return new PolicyException(file, line, text);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String oneLine(String text) {
        if (text == null || text.isBlank()) {
            return "invalid YAML";
        }
        return text.strip().replaceAll("\\s+", " ");
    }

    /** A key node and its value. */
    private record Entry(ScalarNode key, Node value) {
        String name() {
            return key.getValue();
        }
    }

    /** Walks the composed tree, collecting problems. Not thread-safe; one per parse. */
    private static final class Walker {
        private final Path file;
        private final Policy base;
        private final List<PolicyException.Problem> problems = new ArrayList<>();
        private final List<PolicyWarning> warnings = new ArrayList<>();
        /** The line of each kind in a processor's sinks list, keyed "processor\0kind". */
        private final Map<String, Integer> kindLines = new LinkedHashMap<>();

        Walker(Path file, Policy base) {
            this.file = file;
            this.base = base;
        }

        Policy policy(Node root) throws PolicyException {
            checkTags(root, Collections.newSetFromMap(new IdentityHashMap<>()));
            if (!(root instanceof MappingNode)) {
                error(root, "the policy file must be a mapping with keys "
                        + String.join(", ", TOP_KEYS) + "; found " + describe(root));
                throw new PolicyException(file, problems);
            }
            Map<String, Entry> top = keys((MappingNode) root, "", TOP_KEYS);

            boolean replace = top.containsKey("categories") || top.containsKey("purposes")
                    || top.containsKey("processors") || base == null;

            String name = null;
            if (top.containsKey("name")) {
                name = text(top.get("name"), "name");
                if (name != null && name.isBlank()) {
                    error(top.get("name").key(), "name must not be empty");
                    name = null;
                }
            }
            Boolean forbidden = null;
            if (top.containsKey("sensitive-data")) {
                Entry e = top.get("sensitive-data");
                String value = text(e, "sensitive-data");
                if ("forbidden".equals(value)) {
                    forbidden = true;
                } else if ("allowed".equals(value)) {
                    forbidden = false;
                } else if (value != null) {
                    error(e.value(), "sensitive-data must be 'forbidden' or 'allowed', found '"
                            + value + "'");
                }
            }

            Map<String, String> purposes;
            Map<String, Processor> processors;
            Map<String, Category> categories;
            if (replace) {
                Optional<Map<String, String>> ps = purposes(top.get("purposes"));
                Optional<Map<String, Processor>> prs = processors(top.get("processors"));
                purposes = ps.orElse(Map.of());
                processors = prs.orElse(Map.of());
                categories = categories(top.get("categories"),
                        ps.isPresent() ? purposes : null, prs.isPresent() ? processors : null);
            } else {
                purposes = base.purposes();
                processors = base.processors();
                categories = base.categories();
            }
            List<PolicySource> sources = sources(top.get("sources"));
            List<PolicySink> sinks = sinks(top.get("sinks"));

            if (!problems.isEmpty()) {
                throw new PolicyException(file, problems);
            }
            if (name == null) {
                if (!replace) {
                    name = base.name();
                } else {
                    name = file == null || file.getFileName() == null
                            ? "Unnamed policy" : file.getFileName().toString();
                }
            }
            if (forbidden == null) {
                forbidden = replace || base.sensitiveDataForbidden();
            }
            warnSinkKinds(processors, sinks);
            return new Policy(name, forbidden, categories, purposes, processors, sources, sinks,
                    file, replace ? file : base.agreementOrigin(), warnings);
        }

        /**
         * Warns where a sink kind of the file is probably a typo: a processor listing a kind no
         * sink has (neither built in nor under {@code sinks:}), and a sink whose kind no
         * processor lists, so that personal data reaching it is always PF005. Both stay legal:
         * an agreement may name a processor the code does not use yet, and a project may declare
         * a sink precisely to have every flow into it reported.
         */
        private void warnSinkKinds(Map<String, Processor> processors, List<PolicySink> sinks) {
            Set<String> sinkKinds = new java.util.TreeSet<>(SinkKind.ids());
            for (PolicySink sink : sinks) {
                sinkKinds.add(sink.kind());
            }
            Set<String> listed = new java.util.TreeSet<>();
            for (Processor processor : processors.values()) {
                listed.addAll(processor.sinks());
            }
            for (Map.Entry<String, Integer> entry : kindLines.entrySet()) {
                String processor = entry.getKey().substring(0, entry.getKey().indexOf('\u0000'));
                String kind = entry.getKey().substring(entry.getKey().indexOf('\u0000') + 1);
                if (!sinkKinds.contains(kind)) {
                    warn(entry.getValue(), "processor '" + processor + "' lists sink kind '" + kind
                            + "', which no sink has: it is not built in and no entry under sinks: names it"
                            + suggestion(kind, sinkKinds) + "; add a sink of that kind or correct the name");
                }
            }
            for (PolicySink sink : sinks) {
                if (!listed.contains(sink.kind())) {
                    warn(sink.line(), "no processor lists sink kind '" + sink.kind() + "'"
                            + suggestion(sink.kind(), listed) + ", so personal data reaching "
                            + sink.method() + " is always PF005; list the kind under the sinks: of the"
                            + " processor that receives it, or correct the name");
                }
            }
            warnings.sort(java.util.Comparator.comparingInt(PolicyWarning::line));
        }

        /** " (did you mean 'x'?)" for the closest known name within two edits, or nothing. */
        private static String suggestion(String kind, Set<String> known) {
            String best = null;
            int bestDistance = 3;
            for (String candidate : known) {
                int distance = editDistance(kind, candidate);
                if (distance > 0 && distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            return best == null ? "" : " (did you mean '" + best + "'?)";
        }

        /** Levenshtein distance, for suggesting the kind a typo meant. */
        private static int editDistance(String a, String b) {
            int[] previous = new int[b.length() + 1];
            int[] current = new int[b.length() + 1];
            for (int j = 0; j <= b.length(); j++) {
                previous[j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                current[0] = i;
                for (int j = 1; j <= b.length(); j++) {
                    int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                    current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
                }
                int[] swap = previous;
                previous = current;
                current = swap;
            }
            return previous[b.length()];
        }

        private void warn(int line, String text) {
            warnings.add(new PolicyWarning(file, line, text));
        }

        // ---- sections ----

        /** Empty when the section is broken (so references to it are not checked). */
        private Optional<Map<String, String>> purposes(Entry section) {
            Map<String, String> result = new LinkedHashMap<>();
            if (section == null) {
                return Optional.of(result);
            }
            MappingNode map = mappingOrEmpty(section, "purposes",
                    "a mapping of purpose names to descriptions");
            if (map == null) {
                return isNull(section.value()) ? Optional.of(result) : Optional.empty();
            }
            for (Entry e : keys(map, null, null).values()) {
                if (!checkName(e, "purpose")) {
                    continue;
                }
                Node v = e.value();
                if (isNull(v)) {
                    result.put(e.name(), "");
                } else if (v instanceof ScalarNode) {
                    result.put(e.name(), ((ScalarNode) v).getValue());
                } else {
                    error(e.key(), "purpose '" + e.name() + "' must be a description text, found "
                            + describe(v));
                    result.put(e.name(), "");
                }
            }
            return Optional.of(result);
        }

        private Optional<Map<String, Processor>> processors(Entry section) {
            Map<String, Processor> result = new LinkedHashMap<>();
            if (section == null) {
                return Optional.of(result);
            }
            MappingNode map = mappingOrEmpty(section, "processors",
                    "a mapping of processor names to { title, sinks }");
            if (map == null) {
                return isNull(section.value()) ? Optional.of(result) : Optional.empty();
            }
            for (Entry e : keys(map, null, null).values()) {
                if (!checkName(e, "processor")) {
                    continue;
                }
                String where = "processor '" + e.name() + "'";
                String title = e.name();
                List<String> sinkKinds = new ArrayList<>();
                if (!(e.value() instanceof MappingNode)) {
                    error(e.key(), where + " must be a mapping with keys "
                            + String.join(", ", PROCESSOR_KEYS) + ", found " + describe(e.value()));
                } else {
                    Map<String, Entry> keys = keys((MappingNode) e.value(), where, PROCESSOR_KEYS);
                    if (keys.containsKey("title")) {
                        String t = text(keys.get("title"), "title of " + where);
                        if (t != null) {
                            title = t;
                        }
                    }
                    if (keys.containsKey("sinks")) {
                        for (ScalarNode item : nameList(keys.get("sinks"), "sinks of " + where,
                                "sink kind")) {
                            String kind = item.getValue();
                            if (!SinkKind.isValidId(kind)) {
                                error(item, where + " lists '" + kind + "', which " + INVALID_KIND);
                            } else if (sinkKinds.contains(kind)) {
                                error(item, where + " lists sink kind '" + kind + "' twice");
                            } else {
                                sinkKinds.add(kind);
                                kindLines.put(e.name() + "\u0000" + kind, line(item));
                            }
                        }
                    }
                }
                result.put(e.name(), new Processor(e.name(), title, sinkKinds, line(e.key())));
            }
            return Optional.of(result);
        }

        private Map<String, Category> categories(Entry section, Map<String, String> purposes,
                Map<String, Processor> processors) {
            Map<String, Category> result = new LinkedHashMap<>();
            if (section == null) {
                return result;
            }
            MappingNode map = mappingOrEmpty(section, "categories",
                    "a mapping of category names to { title, purposes, processors, retention }");
            if (map == null) {
                return result;
            }
            for (Entry e : keys(map, null, null).values()) {
                if (!checkName(e, "category")) {
                    continue;
                }
                String where = "category '" + e.name() + "'";
                if (!(e.value() instanceof MappingNode)) {
                    error(e.key(), where + " must be a mapping with keys "
                            + String.join(", ", CATEGORY_KEYS) + ", found " + describe(e.value()));
                    continue;
                }
                Map<String, Entry> keys = keys((MappingNode) e.value(), where, CATEGORY_KEYS);
                String title = e.name();
                if (keys.containsKey("title")) {
                    String t = text(keys.get("title"), "title of " + where);
                    if (t != null) {
                        title = t;
                    }
                }
                List<String> ps = references(keys.get("purposes"), where, "purpose", "purposes",
                        purposes == null ? null : purposes.keySet());
                List<String> prs = references(keys.get("processors"), where, "processor",
                        "processors", processors == null ? null : processors.keySet());
                Retention retention = null;
                if (!keys.containsKey("retention")) {
                    error(e.key(), where + " has no retention; add retention: { max-days: <days> }"
                            + " or retention: { until-deleted: true }");
                } else {
                    retention = retention(keys.get("retention"), where);
                }
                if (retention != null) {
                    result.put(e.name(), new Category(e.name(), title, ps, prs, retention,
                            line(e.key())));
                }
            }
            return result;
        }

        private List<String> references(Entry entry, String where, String what, String section,
                Set<String> defined) {
            List<String> result = new ArrayList<>();
            if (entry == null) {
                return result;
            }
            for (ScalarNode item : nameList(entry, section + " of " + where, what)) {
                String name = item.getValue();
                if (result.contains(name)) {
                    error(item, where + " lists " + what + " '" + name + "' twice");
                    continue;
                }
                if (defined != null && !defined.contains(name)) {
                    error(item, where + " names " + what + " '" + name
                            + "', which is not defined under " + section
                            + (defined.isEmpty() ? " (the file defines none)"
                                    : "; defined: " + String.join(", ", defined)));
                }
                result.add(name);
            }
            return result;
        }

        private Retention retention(Entry entry, String where) {
            String usage = "retention of " + where
                    + " must be { max-days: <positive whole number> } or { until-deleted: true }";
            if (!(entry.value() instanceof MappingNode)) {
                error(entry.key(), usage + ", found " + describe(entry.value()));
                return null;
            }
            Map<String, Entry> keys = keys((MappingNode) entry.value(), "retention of " + where,
                    RETENTION_KEYS);
            Entry days = keys.get("max-days");
            Entry until = keys.get("until-deleted");
            if (days != null && until != null) {
                error(entry.key(), "retention of " + where
                        + " has both max-days and until-deleted; use one");
                return null;
            }
            if (days == null && until == null) {
                if (((MappingNode) entry.value()).getValue().isEmpty()) {
                    error(entry.key(), usage); // otherwise the unknown keys are reported
                }
                return null;
            }
            if (days != null) {
                OptionalInt n = wholeNumber(days.value());
                if (n.isEmpty() || n.getAsInt() <= 0) {
                    error(days.value(), "max-days of " + where
                            + " must be a positive whole number of days, found "
                            + describe(days.value()));
                    return null;
                }
                return Retention.days(n.getAsInt());
            }
            Node v = until.value();
            if (v instanceof ScalarNode && Tag.BOOL.equals(v.getTag())
                    && ((ScalarNode) v).getValue().equalsIgnoreCase("true")) {
                return Retention.untilDeletion();
            }
            error(v, "until-deleted of " + where + " must be true, found " + describe(v)
                    + "; for a limited retention use max-days");
            return null;
        }

        private List<PolicySource> sources(Entry section) {
            List<PolicySource> result = new ArrayList<>();
            for (MappingNode item : entryList(section, "sources", "source",
                    "{ field|method|parameter: \"binary.class.Name#member\", category: <name> }")) {
                Map<String, Entry> keys = keys(item, "source", SOURCE_KEYS);
                List<String> targets = present(keys, "field", "method", "parameter");
                String category = null;
                if (!keys.containsKey("category")) {
                    error(item, "source needs a category");
                } else {
                    category = text(keys.get("category"), "category of source");
                }
                if (targets.size() != 1) {
                    // A misspelt target key ("methd") is already reported as an unknown key,
                    // with the keys expected: one line for one mistake.
                    if (!targets.isEmpty() || !hasUnknownKey(item, keys)) {
                        error(item, "a source needs exactly one of field, method, parameter; found "
                                + (targets.isEmpty() ? "none" : String.join(", ", targets)));
                    }
                    checkIndexUnused(keys, null);
                    continue;
                }
                String targetKey = targets.get(0);
                PolicySource.Target target = PolicySource.Target.valueOf(
                        targetKey.toUpperCase(Locale.ROOT));
                MemberRef member = member(keys.get(targetKey),
                        target == PolicySource.Target.FIELD, false);
                int index = target == PolicySource.Target.PARAMETER
                        ? index(keys, item, member, "source") : checkIndexUnused(keys, targetKey);
                if (member != null && category != null && index != -2) {
                    result.add(new PolicySource(target, member, index, category, line(item)));
                }
            }
            return result;
        }

        private List<PolicySink> sinks(Entry section) {
            List<PolicySink> result = new ArrayList<>();
            for (MappingNode item : entryList(section, "sinks", "sink",
                    "{ kind: <sink kind>, method|parameter|returns: \"binary.class.Name#method(...)\" }")) {
                Map<String, Entry> keys = keys(item, "sink", SINK_KEYS);
                String kind = null;
                if (!keys.containsKey("kind")) {
                    error(item, "sink needs a kind: a built-in one (" + String.join(", ", SinkKind.ids())
                            + ") or one of your own, such as sms-gateway");
                } else {
                    kind = text(keys.get("kind"), "kind of sink");
                    if (kind != null && !SinkKind.isValidId(kind)) {
                        error(keys.get("kind").value(), "sink kind '" + kind + "' " + INVALID_KIND);
                        kind = null;
                    }
                }
                List<String> targets = present(keys, "method", "parameter", "returns");
                if (targets.size() != 1) {
                    // A misspelt target key ("methd") is already reported as an unknown key,
                    // with the keys expected: one line for one mistake.
                    if (!targets.isEmpty() || !hasUnknownKey(item, keys)) {
                        error(item, "a sink needs exactly one of method, parameter, returns; found "
                                + (targets.isEmpty() ? "none" : String.join(", ", targets)));
                    }
                    checkIndexUnused(keys, null);
                    continue;
                }
                String targetKey = targets.get(0);
                PolicySink.Target target = PolicySink.Target.valueOf(
                        targetKey.toUpperCase(Locale.ROOT));
                MemberRef member = member(keys.get(targetKey), false,
                        target == PolicySink.Target.RETURNS);
                int index = target == PolicySink.Target.PARAMETER
                        ? index(keys, item, member, "sink") : checkIndexUnused(keys, targetKey);
                if (member != null && kind != null && index != -2) {
                    result.add(new PolicySink(kind, target, member, index, line(item)));
                }
            }
            return result;
        }

        private MemberRef member(Entry entry, boolean field, boolean returns) {
            String key = entry.name();
            String signature = text(entry, key);
            if (signature == null) {
                return null;
            }
            MemberRef ref;
            try {
                ref = MemberRef.parse(signature);
            } catch (IllegalArgumentException e) {
                error(entry.value(), e.getMessage());
                return null;
            }
            if (field && ref.isMethod()) {
                error(entry.value(), "field '" + signature + "' names a method; use method: or"
                        + " parameter: for a method, or drop the parentheses");
                return null;
            }
            if (!field && ref.isField()) {
                error(entry.value(), key + " '" + signature + "' needs the parameter types in"
                        + " parentheses, e.g. " + signature + "(java.lang.String) or "
                        + signature + "(*) for any");
                return null;
            }
            if (returns && ref.memberName().equals("<init>")) {
                error(entry.value(), "returns '" + signature + "' names a constructor, which"
                        + " returns nothing; name a method");
                return null;
            }
            return ref;
        }

        /** The index of a parameter target, or -2 after reporting a problem. */
        private int index(Map<String, Entry> keys, MappingNode item, MemberRef member,
                String what) {
            Entry entry = keys.get("index");
            if (entry == null) {
                error(item, "a parameter " + what + " needs an index (the parameter's position,"
                        + " counting from 0)");
                return -2;
            }
            OptionalInt n = wholeNumber(entry.value());
            if (n.isEmpty() || n.getAsInt() < 0) {
                error(entry.value(), "index must be a whole number from 0, found "
                        + describe(entry.value()));
                return -2;
            }
            int index = n.getAsInt();
            if (member != null && member.parameterCount().isPresent()
                    && index >= member.parameterCount().getAsInt()) {
                int count = member.parameterCount().getAsInt();
                error(entry.value(), "index " + index + " is out of range: " + member
                        + (count == 0 ? " has no parameters"
                                : " has " + count + (count == 1 ? " parameter" : " parameters")
                                        + " (indexes count from 0)"));
                return -2;
            }
            return index;
        }

        /** Reports an index next to a non-parameter target; returns -1, or -2 on a problem. */
        private int checkIndexUnused(Map<String, Entry> keys, String targetKey) {
            Entry entry = keys.get("index");
            if (entry != null && targetKey != null) {
                error(entry.key(), "index is only allowed with parameter, not with " + targetKey);
                return -2;
            }
            return -1;
        }

        /** Whether a mapping had a key that {@link #keys} reported as unknown and left out. */
        private static boolean hasUnknownKey(MappingNode item, Map<String, Entry> known) {
            for (NodeTuple t : item.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key && !known.containsKey(key.getValue())) {
                    return true;
                }
            }
            return false;
        }

        private static List<String> present(Map<String, Entry> keys, String... names) {
            List<String> result = new ArrayList<>();
            for (String n : names) {
                if (keys.containsKey(n)) {
                    result.add(n);
                }
            }
            return result;
        }

        // ---- generic helpers ----

        private void checkTags(Node node, Set<Node> seen) {
            if (!seen.add(node)) {
                return;
            }
            Tag tag = node.getTag();
            if (!PLAIN_TAGS.contains(tag)) {
                String t = tag.getValue();
                if (t.startsWith(Tag.PREFIX)) {
                    t = "!!" + t.substring(Tag.PREFIX.length());
                }
                error(node, "tags are not allowed in a policy file (found '" + t + "')");
            }
            if (node instanceof MappingNode) {
                for (NodeTuple t : ((MappingNode) node).getValue()) {
                    checkTags(t.getKeyNode(), seen);
                    checkTags(t.getValueNode(), seen);
                }
            } else if (node instanceof SequenceNode) {
                for (Node n : ((SequenceNode) node).getValue()) {
                    checkTags(n, seen);
                }
            }
        }

        /**
         * The entries of a mapping by key. Reports non-scalar and duplicate keys, and, when
         * {@code allowed} is not null, unknown keys (which are left out).
         */
        private Map<String, Entry> keys(MappingNode map, String where, List<String> allowed) {
            Map<String, Entry> result = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                Node k = t.getKeyNode();
                if (!(k instanceof ScalarNode) || isNull(k)) {
                    error(k, "keys must be plain names, found " + describe(k));
                    continue;
                }
                ScalarNode key = (ScalarNode) k;
                String name = key.getValue();
                Entry previous = result.get(name);
                if (previous != null) {
                    error(key, "duplicate key '" + name + "' (first on line "
                            + line(previous.key()) + ")");
                    continue;
                }
                if (allowed != null && !allowed.contains(name)) {
                    error(key, "unknown key '" + name + "'"
                            + (where.isEmpty() ? "" : " in " + where)
                            + "; expected one of: " + String.join(", ", allowed));
                    // remember it anyway so a second copy is reported as a duplicate
                    result.put(name, new Entry(key, t.getValueNode()));
                    continue;
                }
                result.put(name, new Entry(key, t.getValueNode()));
            }
            if (allowed != null) {
                result.keySet().retainAll(allowed);
            }
            return result;
        }

        private boolean checkName(Entry e, String what) {
            if (e.name().isBlank()) {
                error(e.key(), what + " names must not be empty");
                return false;
            }
            return true;
        }

        /** The mapping value of a section; null (after reporting unless the value is empty). */
        private MappingNode mappingOrEmpty(Entry section, String what, String expected) {
            Node v = section.value();
            if (v instanceof MappingNode) {
                return (MappingNode) v;
            }
            if (!isNull(v)) {
                error(section.key(), what + " must be " + expected + ", found " + describe(v));
            }
            return null;
        }

        /** The items of a list of names; reports a non-list value and non-scalar items. */
        private List<ScalarNode> nameList(Entry entry, String what, String itemWhat) {
            List<ScalarNode> result = new ArrayList<>();
            Node v = entry.value();
            if (isNull(v)) {
                return result;
            }
            if (!(v instanceof SequenceNode)) {
                error(entry.key(), what + " must be a list, e.g. [a, b], found " + describe(v));
                return result;
            }
            for (Node item : ((SequenceNode) v).getValue()) {
                if (!(item instanceof ScalarNode) || isNull(item)) {
                    error(item, "each of " + what + " must be a " + itemWhat + " name, found "
                            + describe(item));
                } else {
                    result.add((ScalarNode) item);
                }
            }
            return result;
        }

        /** The mapping items of sources/sinks; reports a non-list value and non-mapping items. */
        private List<MappingNode> entryList(Entry section, String what, String itemWhat,
                String example) {
            List<MappingNode> result = new ArrayList<>();
            if (section == null || isNull(section.value())) {
                return result;
            }
            Node v = section.value();
            if (!(v instanceof SequenceNode)) {
                error(section.key(), what + " must be a list of entries like " + example
                        + ", found " + describe(v));
                return result;
            }
            for (Node item : ((SequenceNode) v).getValue()) {
                if (item instanceof MappingNode) {
                    result.add((MappingNode) item);
                } else {
                    error(item, "each " + itemWhat + " must be a mapping like " + example
                            + ", found " + describe(item));
                }
            }
            return result;
        }

        /** A scalar's text; null after reporting a non-scalar or empty value. */
        private String text(Entry entry, String what) {
            Node v = entry.value();
            if (v instanceof ScalarNode && !isNull(v)) {
                return ((ScalarNode) v).getValue();
            }
            error(entry.key(), what + " must be a text value, found " + describe(v));
            return null;
        }

        private static OptionalInt wholeNumber(Node v) {
            if (!(v instanceof ScalarNode) || !Tag.INT.equals(v.getTag())) {
                return OptionalInt.empty();
            }
            String s = ((ScalarNode) v).getValue();
            if (!DECIMAL.matcher(s).matches()) {
                return OptionalInt.empty();
            }
            try {
                return OptionalInt.of(Integer.parseInt(s.startsWith("+") ? s.substring(1) : s));
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        }

        private static boolean isNull(Node v) {
            return v == null || (v instanceof ScalarNode && Tag.NULL.equals(v.getTag()));
        }

        private static String describe(Node v) {
            if (v instanceof MappingNode) {
                return "a mapping";
            }
            if (v instanceof SequenceNode) {
                return "a list";
            }
            if (isNull(v)) {
                return "an empty value";
            }
            return "'" + ((ScalarNode) v).getValue() + "'";
        }

        private static int line(Node n) {
            return n == null ? 0 : n.getStartMark().map(m -> m.getLine() + 1).orElse(0);
        }

        private void error(Node at, String text) {
            problems.add(new PolicyException.Problem(line(at), text));
        }
    }
}
