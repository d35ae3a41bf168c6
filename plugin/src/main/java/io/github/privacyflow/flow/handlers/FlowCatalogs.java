package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.catalog.CatalogEntry;
import io.github.privacyflow.catalog.CatalogField;
import io.github.privacyflow.catalog.CatalogFile;
import io.github.privacyflow.flow.SinkSpec;
import io.github.privacyflow.policy.MemberRef;
import io.github.privacyflow.policy.SinkKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

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

    /** A library value type whose instances are a person's identity. */
    record TypeSource(String internalName, String category, String description) {
    }

    /** A library method whose result is personal data, and the larger datum it is a part of ({@code null} for none). */
    record SourceEntry(MemberPattern pattern, String category, String description, String partOf) {
    }

    /**
     * A library method whose implementations in the program receive personal data as the
     * parameters at these indexes: a password encoder's raw and encoded passwords.
     */
    record ParameterEntry(MemberPattern pattern, SinkSpec.Sunk parameters, String category, String description) {

        /** Whether the parameter at this index (from 0, the receiver not counted) receives the data. */
        boolean receives(int index) {
            return parameters.allArguments() || parameters.indexes().contains(index);
        }
    }

    /** A library method that returns personal data when read by this key (a mail's {@code To} header). */
    record KeyEntry(MemberPattern pattern, String key, String category, String description) {
    }

    /**
     * A library call that runs a callback it was given earlier on its own arguments: the
     * callback's class (internal name), its method as the library declares it (erased: the bridge
     * the compiler writes for the program's {@code load(String)}), and that method's parameter count.
     */
    record CallbackEntry(MemberPattern call, String callbackClass, MemberPattern callbackMethod, int callbackParameters) {
    }

    /** A library method and what it does to a container's contents. */
    record ContainerEntry(MemberPattern pattern, ContainerOp op) {
    }

    /** A library method and the reflective access it stands for. */
    record ReflectionEntry(MemberPattern pattern, ReflectionOp op) {
    }

    private static final FlowCatalogs INSTANCE = new FlowCatalogs();

    final List<SinkEntry> sinks;
    final List<TagEntry> tags;
    final List<MemberPattern> noFlow;
    final List<MemberPattern> receiverOnly;
    final List<MemberPattern> intoReceiver;
    final List<String> immutableTypes;
    final List<MemberPattern> functionResult;
    final List<MemberPattern> errorCallbacks;
    final List<MemberPattern> functionWrappers;
    final List<CallbackEntry> callbacks;
    final List<ContainerEntry> containers;
    final List<ReflectionEntry> reflection;
    final List<SourceEntry> sources;
    final List<ParameterEntry> implementedParameters;
    final List<KeyEntry> keyedSources;
    /** Library value types whose every instance is a person's identity (a mail address, a user name). */
    final Map<String, TypeSource> sourceTypes;
    final Set<String> entryAnnotations;
    final List<String> servletTypes;
    final Set<String> servletMethods;

    private FlowCatalogs() {
        CatalogFile sinkFile = CatalogFile.load("sinks.catalog");
        List<SinkEntry> sinkEntries = new ArrayList<>();
        for (SinkKind kind : SinkKind.values()) {
            for (CatalogEntry entry : sinkFile.entries(kind.id())) {
                sinkEntries.add(sink(kind.id(), entry));
            }
        }
        sinks = List.copyOf(sinkEntries);
        List<TagEntry> tagEntries = new ArrayList<>();
        for (CatalogEntry entry : sinkFile.entries("tags")) {
            MemberRef member = entry.member();
            tagEntries.add(new TagEntry(pattern(member), member.isField() ? member.memberName() : null,
                    ValueTags.bit(entry.get(CatalogField.NAME))));
        }
        tags = List.copyOf(tagEntries);
        CatalogFile models = CatalogFile.load("library-models.catalog");
        noFlow = patterns(models.entries("no-flow"));
        receiverOnly = patterns(models.entries("receiver-only"));
        intoReceiver = patterns(models.entries("into-receiver"));
        immutableTypes = models.section("immutable-types").stream().map(name -> name.replace('.', '/')).toList();
        functionResult = patterns(models.entries("function-result"));
        errorCallbacks = patterns(models.entries("error-callbacks"));
        functionWrappers = patterns(models.entries("function-wrappers"));
        List<CallbackEntry> callbackEntries = new ArrayList<>();
        for (CatalogEntry entry : models.entries("callbacks")) {
            MemberRef callback = MemberRef.parsePattern(entry.get(CatalogField.MEMBER));
            callbackEntries.add(new CallbackEntry(pattern(entry.member()), callback.internalClassName(), pattern(callback),
                    callback.parameterCount().orElse(0)));
        }
        callbacks = List.copyOf(callbackEntries);
        containers = operations(models.entries("containers"), ContainerOp::named, "container", ContainerEntry::new);
        reflection = operations(models.entries("reflection"), ReflectionOp::named, "reflection", ReflectionEntry::new);
        CatalogFile sourceFile = CatalogFile.load("sources.catalog");
        Map<MemberRef, String> partOf = new LinkedHashMap<>();
        for (CatalogEntry entry : sourceFile.entries("parts")) {
            partOf.put(entry.member(), entry.get(CatalogField.NAME));
        }
        List<SourceEntry> sourceEntries = new ArrayList<>();
        for (CatalogEntry entry : sourceFile.entries("methods")) {
            sourceEntries.add(new SourceEntry(pattern(entry.member()), entry.get(CatalogField.NAME),
                    entry.find(CatalogField.TEXT).orElse(entry.words().get(0)), partOf.get(entry.member())));
        }
        sources = List.copyOf(sourceEntries);
        List<ParameterEntry> parameterEntries = new ArrayList<>();
        for (CatalogEntry entry : sourceFile.entries("parameters")) {
            parameterEntries.add(new ParameterEntry(pattern(entry.member()), SinkSpec.Sunk.parse(entry.get(CatalogField.ARGUMENTS)),
                    entry.get(CatalogField.NAME), entry.find(CatalogField.TEXT).orElse(entry.words().get(0))));
        }
        implementedParameters = List.copyOf(parameterEntries);
        List<KeyEntry> keyEntries = new ArrayList<>();
        for (CatalogEntry entry : sourceFile.entries("keys")) {
            keyEntries.add(new KeyEntry(pattern(entry.member()), entry.get(CatalogField.KEY), entry.get(CatalogField.NAME),
                    entry.find(CatalogField.TEXT).orElse(entry.words().get(0))));
        }
        keyedSources = List.copyOf(keyEntries);
        Map<String, TypeSource> typeEntries = new LinkedHashMap<>();
        for (CatalogEntry entry : sourceFile.entries("types")) {
            String internalName = entry.get(CatalogField.CLASS).replace('.', '/');
            typeEntries.putIfAbsent(internalName, new TypeSource(internalName, entry.get(CatalogField.NAME),
                    entry.find(CatalogField.TEXT).orElse(entry.words().get(0))));
        }
        sourceTypes = Map.copyOf(typeEntries);
        CatalogFile entryFile = CatalogFile.load("entry-points.catalog");
        entryAnnotations = Set.copyOf(entryFile.section("annotations"));
        servletTypes = entryFile.section("servlet-types").stream().map(name -> name.replace('.', '/')).toList();
        servletMethods = Set.copyOf(entryFile.section("servlet-methods"));
    }

    static FlowCatalogs bundled() {
        return INSTANCE;
    }

    /** A sink entry, its fields checked by the catalogue's parser. */
    private static SinkEntry sink(String kind, CatalogEntry entry) {
        SinkSpec.Sunk sunk = entry.find(CatalogField.ARGUMENTS).map(SinkSpec.Sunk::parse).orElse(SinkSpec.Sunk.ALL);
        Optional<String> condition = entry.find(CatalogField.IF_TAG);
        int tag = condition.map(CatalogField::conditionTag).map(ValueTags::bit).orElse(0);
        int tagged = condition.map(CatalogField::conditionArgument).orElse(-1);
        return new SinkEntry(pattern(entry.member()), new SinkSpec(kind, null, sunk, tag, tagged, "built-in"));
    }

    private static List<MemberPattern> patterns(List<CatalogEntry> entries) {
        return entries.stream().map(entry -> pattern(entry.member())).toList();
    }

    /** A catalogue member as the engine matches it; a field keeps no parameter list. */
    /** A section whose entries each name an operation: every name must be one the core knows. */
    private static <O, E> List<E> operations(List<CatalogEntry> entries, Function<String, Optional<O>> named, String kind,
            BiFunction<MemberPattern, O, E> entry) {
        List<E> result = new ArrayList<>();
        for (CatalogEntry line : entries) {
            String name = line.get(CatalogField.NAME);
            O op = named.apply(name).orElseThrow(() -> new IllegalStateException(
                    "library-models.catalog: unknown " + kind + " operation " + name));
            result.add(entry.apply(pattern(line.member()), op));
        }
        return List.copyOf(result);
    }

    private static MemberPattern pattern(MemberRef member) {
        return new MemberPattern(member.anyClass() ? null : member.internalClassName(), member.memberName(),
                member.namePrefix(), member.anyParameters() ? null : member.parameterTypes().orElse(List.of()));
    }
}
