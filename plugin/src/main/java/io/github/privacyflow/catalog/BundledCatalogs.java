package io.github.privacyflow.catalog;

import static io.github.privacyflow.catalog.CatalogField.ARGUMENTS;
import static io.github.privacyflow.catalog.CatalogField.CLASS;
import static io.github.privacyflow.catalog.CatalogField.CLASS_OR_PACKAGE;
import static io.github.privacyflow.catalog.CatalogField.IDENTIFIER;
import static io.github.privacyflow.catalog.CatalogField.IF_TAG;
import static io.github.privacyflow.catalog.CatalogField.KEY;
import static io.github.privacyflow.catalog.CatalogField.MEMBER;
import static io.github.privacyflow.catalog.CatalogField.METHOD;
import static io.github.privacyflow.catalog.CatalogField.METHOD_NAME;
import static io.github.privacyflow.catalog.CatalogField.NAME;
import static io.github.privacyflow.catalog.CatalogField.PACKAGE;
import static io.github.privacyflow.catalog.CatalogField.TEXT;

import io.github.privacyflow.policy.SinkKind;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every catalogue file bundled with the plugin and its schema: the one list that says which
 * files exist and what their sections hold. docs/catalogues.md is the same list for people.
 */
final class BundledCatalogs {

    /** The sink catalogue's section of tags, which its sink entries' {@code if=} refer to. */
    static final String TAGS = "tags";


    private static final Map<String, CatalogSchema> SCHEMAS = schemas();

    private BundledCatalogs() {
    }

    /**
     * The names of all bundled catalogue files.
     *
     * @return the resource names beside {@link CatalogFile}, e.g. {@code sinks.catalog}
     */
    static Set<String> names() {
        return SCHEMAS.keySet();
    }

    /**
     * The schema of a bundled file.
     *
     * @throws IllegalStateException when no bundled file has that name, a bug in the caller
     */
    static CatalogSchema schema(String name) {
        CatalogSchema schema = SCHEMAS.get(name);
        if (schema == null) {
            throw new IllegalStateException("no bundled catalogue is named " + name + "; the bundled ones are " + names());
        }
        return schema;
    }

    private static Map<String, CatalogSchema> schemas() {
        Map<String, CatalogSchema> all = new LinkedHashMap<>();
        CatalogSchema.Fields sink = new CatalogSchema.Fields(List.of(METHOD), List.of(ARGUMENTS, IF_TAG));
        all.put("sinks.catalog", CatalogSchema.builder()
                .sections(SinkKind.ids(), sink)
                .section(TAGS, CatalogSchema.fields(MEMBER, NAME))
                .check(BundledCatalogs::sinkTagsDeclared)
                .check(BundledCatalogs::sinkIndexesInRange)
                .build());
        all.put("sources.catalog", CatalogSchema.builder()
                .section("methods", new CatalogSchema.Fields(List.of(METHOD, NAME), List.of(TEXT)))
                .section("types", new CatalogSchema.Fields(List.of(CLASS, NAME), List.of(TEXT)))
                .section("parts", CatalogSchema.fields(METHOD, NAME))
                .section("parameters", new CatalogSchema.Fields(List.of(METHOD, ARGUMENTS, NAME), List.of(TEXT)))
                .section("keys", new CatalogSchema.Fields(List.of(METHOD, KEY, NAME), List.of(TEXT)))
                .check(BundledCatalogs::partsAreSources)
                .build());
        CatalogSchema.Fields method = CatalogSchema.fields(METHOD);
        all.put("library-models.catalog", CatalogSchema.builder()
                .section("no-flow", method)
                .section("receiver-only", method)
                .section("into-receiver", method)
                .section("immutable-types", CatalogSchema.fields(CLASS_OR_PACKAGE))
                .section("function-result", method)
                .section("error-callbacks", method)
                .section("function-wrappers", method)
                .section("containers", CatalogSchema.fields(METHOD, NAME))
                .section("reflection", CatalogSchema.fields(METHOD, NAME))
                .section("callbacks", CatalogSchema.fields(METHOD, MEMBER))
                .build());
        all.put("entry-points.catalog", CatalogSchema.builder()
                .section("annotations", CatalogSchema.fields(CLASS))
                .section("servlet-types", CatalogSchema.fields(CLASS))
                .section("servlet-methods", CatalogSchema.fields(IDENTIFIER))
                .build());
        all.put("persistence.catalog", CatalogSchema.builder()
                .section("persisted-type-annotations", CatalogSchema.fields(CLASS))
                .section("table-name-attributes", CatalogSchema.fields(CLASS, IDENTIFIER))
                .section("unpersisted-field-annotations", CatalogSchema.fields(CLASS))
                .section("relation-annotations", CatalogSchema.fields(CLASS))
                .build());
        all.put("erasure.catalog", CatalogSchema.builder()
                .section("remove-calls", CatalogSchema.fields(METHOD_NAME))
                .section("repository-packages", CatalogSchema.fields(PACKAGE))
                .section("typed-by-class-argument", CatalogSchema.fields(METHOD_NAME))
                .build());
        all.put("data-types.catalog", CatalogSchema.builder()
                .section("jdk-value-types", CatalogSchema.fields(CLASS))
                .section("holder-types", CatalogSchema.fields(CLASS))
                .section("jdk-value-packages", CatalogSchema.fields(PACKAGE))
                .section("behaviour-suffixes", CatalogSchema.fields(IDENTIFIER))
                .section("generated-code-annotations", CatalogSchema.fields(CLASS))
                .build());
        all.put("personal-data.dict", dictionary(true));
        all.put("sensitive-data.dict", dictionary(false));
        all.put("stop-list.dict", CatalogSchema.builder()
                .section("stop", CatalogSchema.words())
                .section("things", CatalogSchema.words())
                .section("after", CatalogSchema.words())
                .section("type-suffixes", CatalogSchema.singleWords(Set.of()))
                .section("carrier-suffixes", CatalogSchema.singleWords(Set.of()))
                .section("config-suffixes", CatalogSchema.singleWords(Set.of()))
                .section("program-parts", CatalogSchema.singleWords(Set.of()))
                .section("lookups", CatalogSchema.singleWords(Set.of()))
                .section("reads", CatalogSchema.singleWords(Set.of()))
                .section("writings", CatalogSchema.singleWords(Set.of()))
                .section("writing-verbs", CatalogSchema.singleWords(Set.of()))
                .section("writing-parts", CatalogSchema.singleWords(Set.of()))
                .section("configured-accounts", CatalogSchema.singleWords(Set.of()))
                .build());
        return all;
    }

    /**
     * A name dictionary: its own stop phrases and after-words, and any other section is a
     * family of terms; a term belongs to one family only. The person words, which both
     * dictionaries share, are the personal-data dictionary's.
     */
    private static CatalogSchema dictionary(boolean personWords) {
        CatalogSchema.Builder builder = CatalogSchema.builder();
        if (personWords) {
            builder.section("person-words", CatalogSchema.singleWords(NameDictionary.personWordFlags()));
        }
        // The other files' sections, misplaced here, would otherwise read as families of terms.
        Set<String> elsewhere = Set.of("person-words", "things", "type-suffixes", "carrier-suffixes", "config-suffixes");
        return builder
                .section("stop", CatalogSchema.words())
                .section("after", CatalogSchema.words())
                .otherSections("a [family] of terms", new CatalogSchema.Words(NameDictionary.termFlags(), false, "terms"),
                        elsewhere)
                .build();
    }

    /**
     * The tags the analysis gives by what a call is given rather than by what it is, so no [tags]
     * entry can: a query made from a statement that writes ({@code query-write}).
     */
    private static final Set<String> GIVEN_BY_THE_ANALYSIS = Set.of("query-write");

    /** A sink entry's {@code if=tag} must name a tag some [tags] entry, or the analysis, gives. */
    private static void sinkTagsDeclared(Map<String, List<CatalogEntry>> sections, CatalogSchema.Problems problems) {
        Set<String> declared = new HashSet<>(GIVEN_BY_THE_ANALYSIS);
        for (CatalogEntry tag : sections.getOrDefault(TAGS, List.of())) {
            declared.add(tag.get(NAME));
        }
        for (String kind : SinkKind.ids()) {
            for (CatalogEntry entry : sections.getOrDefault(kind, List.of())) {
                entry.find(IF_TAG).map(CatalogField::conditionTag).filter(tag -> !declared.contains(tag)).ifPresent(tag -> problems.report(entry,
                        "tag '" + tag + "' is not given by any entry of [" + TAGS + "]; known: " + declared.stream().sorted().toList()));
            }
        }
    }

    /** A part names a source of [methods]: a part of nothing the catalogue reads is a typo. */
    private static void partsAreSources(Map<String, List<CatalogEntry>> sections, CatalogSchema.Problems problems) {
        Set<Object> sources = new HashSet<>();
        for (CatalogEntry source : sections.getOrDefault("methods", List.of())) {
            sources.add(source.member());
        }
        for (CatalogEntry part : sections.getOrDefault("parts", List.of())) {
            if (!sources.contains(part.member())) {
                problems.report(part, part.member() + " is no entry of [methods]");
            }
        }
    }

    /** An argument index must exist when the entry fixes the parameters; with (*) it may not. */
    private static void sinkIndexesInRange(Map<String, List<CatalogEntry>> sections, CatalogSchema.Problems problems) {
        for (String kind : SinkKind.ids()) {
            for (CatalogEntry entry : sections.getOrDefault(kind, List.of())) {
                if (entry.find(ARGUMENTS).isEmpty() || entry.member().parameterCount().isEmpty()) {
                    continue;
                }
                int count = entry.member().parameterCount().getAsInt();
                for (String part : entry.get(ARGUMENTS).split(",")) {
                    if (Character.isDigit(part.charAt(0)) && Integer.parseInt(part) >= count) {
                        problems.report(entry, "argument " + part + " is out of range: " + entry.member() + " has "
                                + (count == 0 ? "no parameters" : count == 1 ? "1 parameter" : count + " parameters")
                                + " (indexes count from 0)");
                    }
                }
            }
        }
    }
}
