package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.catalog.CatalogFile;
import io.github.privacyflow.flow.SinkSpec;
import io.github.privacyflow.policy.SinkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The bundled catalogues the handlers read, parsed once per JVM: sinks by kind and value tags
 * ({@code sinks.catalog}), how library calls without bodies pass data on
 * ({@code library-models.catalog}), built-in sources ({@code sources.catalog}) and request
 * entry points ({@code entry-points.catalog}). Immutable, so analyses on several threads share
 * it.
 */
final class FlowCatalogs {

    /** A sink pattern and what it sinks. */
    record SinkEntry(MemberPattern pattern, SinkSpec spec) {
    }

    /** A member whose value (a static field's, a method's result, a constructed object) carries a tag. */
    record TagEntry(MemberPattern pattern, String field, int tag) {
    }

    /** A library method whose result is personal data. */
    record SourceEntry(MemberPattern pattern, String category, String description) {
    }

    private static final FlowCatalogs INSTANCE = new FlowCatalogs();

    final List<SinkEntry> sinks;
    final List<TagEntry> tags;
    final List<MemberPattern> noFlow;
    final List<MemberPattern> receiverOnly;
    final List<MemberPattern> intoReceiver;
    final List<String> immutableTypes;
    final List<MemberPattern> functionResult;
    final List<SourceEntry> sources;
    final Set<String> entryAnnotations;
    final List<String> servletTypes;
    final Set<String> servletMethods;

    private FlowCatalogs() {
        CatalogFile sinkFile = CatalogFile.load("sinks.catalog");
        List<SinkEntry> sinkEntries = new ArrayList<>();
        for (SinkKind kind : SinkKind.values()) {
            for (String entry : sinkFile.section(kind.id())) {
                sinkEntries.add(parseSink(kind.id(), entry));
            }
        }
        sinks = List.copyOf(sinkEntries);
        List<TagEntry> tagEntries = new ArrayList<>();
        for (String entry : sinkFile.section("tags")) {
            String[] words = entry.split("\\s+");
            int bit = ValueTags.bit(words[1]);
            if (words[0].contains("(")) {
                tagEntries.add(new TagEntry(MemberPattern.parse(words[0]), null, bit));
            } else {
                int hash = words[0].indexOf('#');
                tagEntries.add(new TagEntry(new MemberPattern(words[0].substring(0, hash).replace('.', '/'),
                        words[0].substring(hash + 1), false, List.of()), words[0].substring(hash + 1), bit));
            }
        }
        tags = List.copyOf(tagEntries);
        CatalogFile models = CatalogFile.load("library-models.catalog");
        noFlow = patterns(models.section("no-flow"));
        receiverOnly = patterns(models.section("receiver-only"));
        intoReceiver = patterns(models.section("into-receiver"));
        immutableTypes = models.section("immutable-types").stream().map(name -> name.replace('.', '/')).toList();
        functionResult = patterns(models.section("function-result"));
        CatalogFile sourceFile = CatalogFile.load("sources.catalog");
        List<SourceEntry> sourceEntries = new ArrayList<>();
        for (String entry : sourceFile.section("methods")) {
            String[] words = entry.split("\\s+", 3);
            sourceEntries.add(new SourceEntry(MemberPattern.parse(words[0]), words[1], words.length > 2 ? words[2] : words[0]));
        }
        sources = List.copyOf(sourceEntries);
        CatalogFile entryFile = CatalogFile.load("entry-points.catalog");
        entryAnnotations = Set.copyOf(entryFile.section("annotations"));
        servletTypes = entryFile.section("servlet-types").stream().map(name -> name.replace('.', '/')).toList();
        servletMethods = Set.copyOf(entryFile.section("servlet-methods"));
    }

    static FlowCatalogs bundled() {
        return INSTANCE;
    }

    private static SinkEntry parseSink(String kind, String entry) {
        String[] words = entry.split("\\s+");
        SinkSpec.Sunk sunk = SinkSpec.Sunk.ALL;
        int tag = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].startsWith("if=")) {
                tag = ValueTags.bit(words[i].substring(3));
            } else {
                sunk = SinkSpec.Sunk.parse(words[i]);
            }
        }
        return new SinkEntry(MemberPattern.parse(words[0]), new SinkSpec(kind, null, sunk, tag, "built-in"));
    }

    private static List<MemberPattern> patterns(List<String> entries) {
        return entries.stream().map(MemberPattern::parse).toList();
    }
}
