package io.github.privacyflow.datamap;

import io.github.privacyflow.classify.Origin;
import io.github.privacyflow.classify.PersonalClassification;
import io.github.privacyflow.flow.TaintFlow;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.PurposeResolver;
import io.github.privacyflow.model.AnnotationModel;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.FieldModel;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.model.ParameterModel;
import io.github.privacyflow.model.PrivacyAnnotations;
import io.github.privacyflow.model.ProgramElement;
import io.github.privacyflow.model.SourceLocation;
import io.github.privacyflow.policy.Category;
import io.github.privacyflow.policy.Policy;
import io.github.privacyflow.policy.PolicySource;
import io.github.privacyflow.rules.RuleContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Builds the {@link DataMap} of a module from what the rules saw: the classified
 * declarations, the flows to sinks with the purposes in scope, and the declared retentions.
 */
public final class DataMapBuilder {

    /** The purpose name used for data reaching a sink with no purpose in scope. */
    public static final String NO_PURPOSE = "(no purpose)";

    /** The start of the processor name used for a sink kind that no processor receives, e.g. "(no processor: http)". */
    public static final String NO_PROCESSOR = "(no processor: ";

    private final RuleContext context;
    private final Function<ProgramElement, SourceLocation> locate;
    private final BiFunction<ProgramElement, String, SourceLocation> locateAnnotation;

    /**
     * Creates a builder.
     *
     * @param context the rules' context (program, policy, classification, flows)
     * @param locate places a declaration, cheaply
     * @param locateAnnotation places an annotation on a declaration
     */
    public DataMapBuilder(RuleContext context, Function<ProgramElement, SourceLocation> locate,
            BiFunction<ProgramElement, String, SourceLocation> locateAnnotation) {
        this.context = context;
        this.locate = locate;
        this.locateAnnotation = locateAnnotation;
    }

    /**
     * Builds the data map.
     *
     * @return the data map
     */
    public DataMap build() {
        Policy policy = context.policy();
        Map<String, List<DataMap.Holder>> holders = new TreeMap<>();
        Map<String, List<DataMap.Retention>> retentions = new TreeMap<>();
        collectDeclarations(holders, retentions);
        Map<String, Map<String, Set<String>>> purposeSites = new TreeMap<>();
        Map<String, Map<String, Set<String>>> processorSites = new TreeMap<>();
        Map<List<String>, Set<String>> edgeSites = new TreeMap<>(Comparator.comparing(Object::toString));
        collectFlows(purposeSites, processorSites, edgeSites);

        Set<String> names = new TreeSet<>(policy.categories().keySet());
        names.addAll(holders.keySet());
        names.addAll(purposeSites.keySet());
        List<String> ordered = new ArrayList<>(policy.categories().keySet());
        for (String name : names) {
            if (!ordered.contains(name)) {
                ordered.add(name);
            }
        }
        List<DataMap.Category> categories = new ArrayList<>();
        for (String name : ordered) {
            Category declared = policy.categories().get(name);
            categories.add(new DataMap.Category(name, declared == null ? "" : declared.title(), declared != null,
                    declared == null ? "not defined by the agreement" : describe(declared),
                    sorted(holders.getOrDefault(name, List.of())),
                    uses(purposeSites.getOrDefault(name, Map.of()), purpose -> declared != null && declared.purposes().contains(purpose),
                            purpose -> ""),
                    uses(processorSites.getOrDefault(name, Map.of()), processor -> declared != null && declared.processors().contains(processor),
                            processor -> processorTitle(policy, processor)),
                    retentions.getOrDefault(name, List.of()), clauses(policy, name, declared)));
        }
        List<DataMap.Edge> edges = new ArrayList<>();
        for (Map.Entry<List<String>, Set<String>> edge : edgeSites.entrySet()) {
            String category = edge.getKey().get(0);
            String purpose = edge.getKey().get(1);
            String processor = edge.getKey().get(2);
            Category declared = policy.categories().get(category);
            boolean permitted = declared != null && declared.purposes().contains(purpose) && declared.processors().contains(processor);
            edges.add(new DataMap.Edge(category, purpose, processor, edge.getValue().size(), !permitted));
        }
        return new DataMap(policy.name(), List.copyOf(categories), List.copyOf(edges));
    }

    private void collectDeclarations(Map<String, List<DataMap.Holder>> holders, Map<String, List<DataMap.Retention>> retentions) {
        for (ClassModel type : context.program().classes()) {
            if (context.classifier().isGenerated(type)) {
                continue;
            }
            context.classifier().personalType(type).ifPresent(classification -> add(holders, classification.category(),
                    holder(type, "annotation")));
            Set<String> typeCategories = new TreeSet<>();
            context.classifier().personalType(type).ifPresent(classification -> typeCategories.add(classification.category()));
            for (FieldModel field : type.fields()) {
                if (field.isStatic()) {
                    continue;
                }
                Optional<PersonalClassification> classification = context.classifier().personalField(field);
                if (classification.isPresent()) {
                    typeCategories.add(classification.get().category());
                    if (classification.get().origin() != Origin.TYPE_ANNOTATION) {
                        add(holders, classification.get().category(), holder(field, origin(classification.get().origin())));
                    }
                    retention(field).ifPresent(declared -> add(retentions, classification.get().category(),
                            retentionEntry(field, declared, classification.get().category())));
                }
            }
            for (MethodModel method : type.methods()) {
                if (method.isSynthetic() || method.isRecordAccessor()) {
                    continue;
                }
                method.annotation(PrivacyAnnotations.PERSONAL_DATA).flatMap(annotation -> annotation.string("category"))
                        .ifPresent(category -> add(holders, category, holder(method, "annotation")));
                if (method.isCanonicalRecordConstructor()) {
                    continue;
                }
                for (ParameterModel parameter : method.parameters()) {
                    parameter.annotation(PrivacyAnnotations.PERSONAL_DATA).flatMap(annotation -> annotation.string("category"))
                            .ifPresent(category -> add(holders, category, holder(parameter, "annotation")));
                }
            }
            Optional<AnnotationModel> typeRetention = retention(type);
            if (typeRetention.isPresent()) {
                for (String category : typeCategories) {
                    add(retentions, category, retentionEntry(type, typeRetention.get(), category));
                }
            } else if (!typeCategories.isEmpty()) {
                // No @Retain, but a cleanup deletes it by age: that is its retention, kept by code.
                Optional<String> enforced = context.enforcedRetention(type);
                if (enforced.isPresent()) {
                    for (String category : typeCategories) {
                        add(retentions, category, new DataMap.Retention(type.displayName(), locate.apply(type),
                                "deleted by age in " + enforced.get(), false));
                    }
                }
            }
        }
        Path policyFile = context.policy().origin();
        for (PolicySource source : context.policy().sources()) {
            add(holders, source.category(), new DataMap.Holder(source.target().name().toLowerCase(java.util.Locale.ROOT),
                    source.member().toString(), source.member().toString(),
                    policyFile == null ? SourceLocation.of(Path.of("privacyflow-policy.yaml")) : new SourceLocation(policyFile, source.line(), 0),
                    "policy"));
        }
    }

    private void collectFlows(Map<String, Map<String, Set<String>>> purposeSites, Map<String, Map<String, Set<String>>> processorSites,
            Map<List<String>, Set<String>> edgeSites) {
        PurposeResolver purposes = new PurposeResolver(context.flow());
        for (TaintFlow finding : context.flow().flows()) {
            String site = finding.method().signature() + ":" + finding.line() + ":" + finding.callee();
            List<String> processors = processors(finding);
            for (TaintFlow.Context flowContext : finding.contexts()) {
                Set<String> categories = new TreeSet<>();
                for (Label label : flowContext.data().dataLabels()) {
                    categories.add(label.source().category());
                }
                Set<String> inScope = new TreeSet<>();
                for (Set<String> purposeSet : purposes.inScope(flowContext.chain())) {
                    if (purposeSet.isEmpty()) {
                        inScope.add(NO_PURPOSE);
                    }
                    inScope.addAll(purposeSet);
                }
                for (String category : categories) {
                    for (String purpose : inScope) {
                        purposeSites.computeIfAbsent(category, key -> new TreeMap<>()).computeIfAbsent(purpose, key -> new HashSet<>()).add(site);
                        for (String processor : processors) {
                            edgeSites.computeIfAbsent(List.of(category, purpose, processor), key -> new HashSet<>()).add(site);
                        }
                    }
                    for (String processor : processors) {
                        processorSites.computeIfAbsent(category, key -> new TreeMap<>()).computeIfAbsent(processor, key -> new HashSet<>()).add(site);
                    }
                }
            }
        }
    }

    private List<String> processors(TaintFlow finding) {
        List<String> names = finding.receivingProcessors(context.policy());
        return names.isEmpty() ? List.of(NO_PROCESSOR + finding.kind() + ")") : names;
    }

    private static List<DataMap.Use> uses(Map<String, Set<String>> sites, java.util.function.Predicate<String> permitted,
            Function<String, String> title) {
        List<DataMap.Use> uses = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : sites.entrySet()) {
            uses.add(new DataMap.Use(entry.getKey(), title.apply(entry.getKey()), permitted.test(entry.getKey()),
                    entry.getValue().size()));
        }
        return List.copyOf(uses);
    }

    /** A processor's title in the agreement; none for "(no processor: kind)", which names itself. */
    private static String processorTitle(Policy policy, String processor) {
        return policy.processor(processor).map(p -> p.title()).orElse("");
    }

    private DataMap.Holder holder(ProgramElement element, String classifiedBy) {
        return new DataMap.Holder(element.kindWord(), element.displayName(), element.signature(), locate.apply(element),
                classifiedBy);
    }

    private static String origin(Origin origin) {
        return switch (origin) {
            case ANNOTATION -> "annotation";
            case TYPE_ANNOTATION -> "type annotation";
            case POLICY -> "policy";
            case NAME -> "name";
        };
    }

    private static Optional<AnnotationModel> retention(ProgramElement element) {
        return element.annotation(PrivacyAnnotations.RETAIN);
    }

    private DataMap.Retention retentionEntry(ProgramElement element, AnnotationModel retain, String category) {
        boolean untilDeleted = retain.booleanValue("untilDeleted", false);
        int days = retain.intValue("days", -1);
        String declared = untilDeleted ? "until deleted" : days > 0 ? days + " days" : "no period";
        Category policyCategory = context.policy().categories().get(category);
        OptionalInt maxDays = policyCategory == null ? OptionalInt.empty() : policyCategory.retention().maxDays();
        boolean exceeds = maxDays.isPresent() && (untilDeleted || days > maxDays.getAsInt());
        return new DataMap.Retention(element.displayName(), locateAnnotation.apply(element, PrivacyAnnotations.RETAIN),
                declared, exceeds);
    }

    private static String describe(Category category) {
        return category.retention().describe();
    }

    private static List<String> clauses(Policy policy, String name, Category declared) {
        if (declared == null) {
            return List.of("the agreement does not define category '" + name + "' (PF008)");
        }
        String where = (policy.agreementOrigin() == null ? "embedded agreement" : policy.agreementOrigin().getFileName().toString())
                + ", line " + declared.line();
        return List.of(
                "data category '" + name + "' (" + declared.title() + "), " + where,
                "purposes permitted: " + String.join(", ", declared.purposes()),
                "processors permitted: " + String.join(", ", declared.processors()),
                "retention: " + describe(declared));
    }

    private static <T> void add(Map<String, List<T>> map, String key, T value) {
        map.computeIfAbsent(key, ignored -> new ArrayList<>()).add(value);
    }

    private static List<DataMap.Holder> sorted(List<DataMap.Holder> holders) {
        List<DataMap.Holder> copy = new ArrayList<>(holders);
        copy.sort(Comparator.comparing(DataMap.Holder::signature));
        return List.copyOf(copy);
    }
}
