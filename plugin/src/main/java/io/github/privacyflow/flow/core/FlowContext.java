package io.github.privacyflow.flow.core;

import io.github.privacyflow.classify.DataClassifier;
import io.github.privacyflow.classify.PersonalClassification;
import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.flow.DataSource;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.LabelTable;
import io.github.privacyflow.flow.SinkSpec;
import io.github.privacyflow.flow.calls.CallResolver;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.flow.calls.FieldResolver;
import io.github.privacyflow.model.AnnotationModel;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.Diagnostics;
import io.github.privacyflow.model.FieldModel;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.model.ParameterModel;
import io.github.privacyflow.model.PrivacyAnnotations;
import io.github.privacyflow.policy.Policy;
import io.github.privacyflow.policy.PolicySink;
import io.github.privacyflow.policy.PolicySource;
import io.github.privacyflow.run.Budget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The state one flow analysis shares between methods: the hierarchy, the catalogues, the
 * current summaries and field taints, and the answers to "is this a source", "is this a sink",
 * "what does this call reach", cached.
 */
final class FlowContext {

    final ClassHierarchy hierarchy;
    final CallResolver calls;
    final FieldResolver fields;
    final DataClassifier classifier;
    final Policy policy;
    final FlowCatalogs catalogs;
    final LabelTable labels = new LabelTable();
    final Diagnostics diagnostics;
    final Budget budget;
    final String inferredCategory;
    final Map<MethodModel, Summary> summaries = new HashMap<>();
    final Map<String, LabelSet> fieldTaint = new HashMap<>();

    private record CallKey(int opcode, String owner, String name, String descriptor) {
    }

    private final Map<String, Optional<Label>> fieldSources = new HashMap<>();
    private final Map<String, LabelSet> typeLabels = new HashMap<>();
    private final Map<CallKey, List<SinkSpec>> sinks = new HashMap<>();
    private final List<PolicyPattern<PolicySource>> policySources = new ArrayList<>();
    private final List<PolicyPattern<PolicySink>> policySinks = new ArrayList<>();

    private record PolicyPattern<T>(MemberPattern pattern, T entry) {
    }

    FlowContext(ClassHierarchy hierarchy, DataClassifier classifier, Policy policy, FlowCatalogs catalogs,
            String inferredCategory, Diagnostics diagnostics, Budget budget) {
        this.budget = budget;
        this.hierarchy = hierarchy;
        this.calls = new CallResolver(hierarchy);
        this.fields = new FieldResolver(hierarchy);
        this.classifier = classifier;
        this.policy = policy;
        this.catalogs = catalogs;
        this.inferredCategory = inferredCategory;
        this.diagnostics = diagnostics;
        for (PolicySource source : policy.sources()) {
            if (policy.categories().containsKey(source.category())) {
                policySources.add(new PolicyPattern<>(pattern(source.member()), source));
            }
        }
        for (PolicySink sink : policy.sinks()) {
            policySinks.add(new PolicyPattern<>(pattern(sink.method()), sink));
        }
    }

    private static MemberPattern pattern(io.github.privacyflow.policy.MemberRef member) {
        return new MemberPattern(member.internalClassName(), member.memberName(), false,
                member.anyParameters() || member.isField() ? null : member.parameterTypes().orElse(List.of()));
    }

    // ---- calls ----------------------------------------------------------------------------

    /** Resolves a call to the program methods it may run; see {@link CallResolver#targets}. */
    List<MethodModel> targets(int opcode, String owner, String name, String descriptor) {
        return calls.targets(opcode, owner, name, descriptor);
    }

    /**
     * Whether a call of {@code toString()} or {@code hashCode()} on a program class runs
     * {@link Object}'s own: no class between it and {@code Object} overrides the method.
     */
    boolean inheritsObjectMethod(String owner, String name, String descriptor) {
        if (!(name.equals("toString") && descriptor.equals("()Ljava/lang/String;")
                || name.equals("hashCode") && descriptor.equals("()I"))) {
            return false;
        }
        return calls.inheritsFromObject(owner, name, descriptor);
    }

    /** What a member that a persistence provider's bytecode enhancer added does with a field. */
    record Enhancement(Kind kind, String field) {
        /** The kinds of enhancer member. */
        enum Kind { GETTER, SETTER, OTHER }
    }

    private static final String OPENJPA_ENHANCED = "org/apache/openjpa/enhance/PersistenceCapable";

    /**
     * Recognises members that OpenJPA, Hibernate or EclipseLink bytecode enhancement adds to
     * entities. Their state-manager plumbing would mix every field of every entity; what they
     * mean is simply "read field x" or "write field x", so the analysis models them as that.
     *
     * @return the enhancer member, or empty for ordinary code
     */
    Optional<Enhancement> enhancement(String owner, String name) {
        if (name.startsWith("$$_hibernate_read_")) {
            return Optional.of(new Enhancement(Enhancement.Kind.GETTER, name.substring("$$_hibernate_read_".length())));
        }
        if (name.startsWith("$$_hibernate_write_")) {
            return Optional.of(new Enhancement(Enhancement.Kind.SETTER, name.substring("$$_hibernate_write_".length())));
        }
        if (name.startsWith("_persistence_get_") && !name.equals("_persistence_get_")) {
            return Optional.of(new Enhancement(Enhancement.Kind.GETTER, name.substring("_persistence_get_".length())));
        }
        if (name.startsWith("_persistence_set_") && !name.equals("_persistence_set_")) {
            return Optional.of(new Enhancement(Enhancement.Kind.SETTER, name.substring("_persistence_set_".length())));
        }
        if (name.startsWith("$$_hibernate_") || name.startsWith("_persistence_")) {
            return Optional.of(new Enhancement(Enhancement.Kind.OTHER, null));
        }
        if (name.length() > 2 && name.startsWith("pc") && Character.isUpperCase(name.charAt(2))
                && hierarchy.isSubtype(owner, OPENJPA_ENHANCED)) {
            if (name.startsWith("pcGet") && name.length() > 5 && !name.startsWith("pcGetStateManager")
                    && resolveField(owner, name.substring(5)).isPresent()) {
                return Optional.of(new Enhancement(Enhancement.Kind.GETTER, name.substring(5)));
            }
            if (name.startsWith("pcSet") && name.length() > 5 && resolveField(owner, name.substring(5)).isPresent()) {
                return Optional.of(new Enhancement(Enhancement.Kind.SETTER, name.substring(5)));
            }
            return Optional.of(new Enhancement(Enhancement.Kind.OTHER, null));
        }
        return Optional.empty();
    }

    /** The program method a call names, abstract or not, for its annotations. */
    Optional<MethodModel> declared(String owner, String name, String descriptor) {
        return calls.declared(owner, name, descriptor);
    }

    boolean hasAnnotation(String annotation, Optional<MethodModel> declared, List<MethodModel> targets) {
        if (declared.isPresent() && declared.get().annotation(annotation).isPresent()) {
            return true;
        }
        for (MethodModel target : targets) {
            if (target.annotation(annotation).isPresent()) {
                return true;
            }
        }
        return false;
    }

    // ---- sources ---------------------------------------------------------------------------

    /** The program field a field instruction names, found through the super classes. */
    Optional<FieldModel> resolveField(String owner, String name) {
        return fields.field(owner, name);
    }

    /** The data label of a field read, if the field is personal data. */
    Optional<Label> fieldSource(String owner, String name) {
        String key = owner + "#" + name;
        Optional<Label> known = fieldSources.get(key);
        if (known != null) {
            return known;
        }
        Optional<Label> label = Optional.empty();
        Optional<FieldModel> field = resolveField(owner, name);
        if (field.isPresent() && !field.get().isSynthetic()) {
            Optional<PersonalClassification> classification = classifier.personalField(field.get());
            if (classification.isPresent()) {
                FieldModel declared = field.get();
                label = Optional.of(labels.data("field " + declared.signature(), new DataSource(
                        declared.displayName(), classification.get().category(), classification.get().inferred(),
                        declared.declaringClass().internalName(), new Anchor.AtElement(declared))));
            }
        }
        if (label.isEmpty()) {
            for (PolicyPattern<PolicySource> source : policySources) {
                if (source.entry().target() == PolicySource.Target.FIELD
                        && source.pattern().internalClass().equals(owner) && source.pattern().name().equals(name)) {
                    label = Optional.of(labels.data("policy field " + owner + "#" + name, new DataSource(
                            simple(owner) + "." + name, source.entry().category(), false, owner, null)));
                }
            }
        }
        fieldSources.put(key, label);
        return label;
    }

    /** The data label of a call's result, if the called method is a source. */
    Optional<Label> methodSource(String owner, String name, String descriptor, Optional<MethodModel> declared,
            List<MethodModel> targets) {
        List<MethodModel> candidates = new ArrayList<>(targets);
        declared.ifPresent(candidates::add);
        for (MethodModel candidate : candidates) {
            Optional<AnnotationModel> annotation = candidate.annotation(PrivacyAnnotations.PERSONAL_DATA);
            if (annotation.isPresent()) {
                return Optional.of(labels.data("method " + candidate.signature(), new DataSource(
                        candidate.displayName(), annotation.get().string("category").orElse(inferredCategory), false,
                        candidate.declaringClass().internalName(), new Anchor.AtElement(candidate))));
            }
        }
        for (PolicyPattern<PolicySource> source : policySources) {
            if (source.entry().target() == PolicySource.Target.METHOD && source.pattern().matchesMethod(name, descriptor)
                    && source.pattern().matchesOwner(hierarchy, owner)) {
                return Optional.of(labels.data("policy method " + source.entry().member(), new DataSource(
                        simple(source.pattern().internalClass()) + "." + name + "()", source.entry().category(), false,
                        null, null)));
            }
        }
        for (FlowCatalogs.SourceEntry source : catalogs.sources) {
            if (source.pattern().matchesMethod(name, descriptor) && source.pattern().matchesOwner(hierarchy, owner)) {
                return Optional.of(labels.data("library " + source.pattern(), new DataSource(
                        source.description(), source.category(), false, null, null)));
            }
        }
        return Optional.empty();
    }

    /** The data label of a parameter, if it is annotated or the policy names it. */
    Optional<Label> parameterSource(MethodModel method, int argumentIndex) {
        int parameterIndex = method.isStatic() ? argumentIndex : argumentIndex - 1;
        if (parameterIndex < 0 || parameterIndex >= method.parameters().size()) {
            return Optional.empty();
        }
        ParameterModel parameter = method.parameters().get(parameterIndex);
        Optional<AnnotationModel> annotation = parameter.annotation(PrivacyAnnotations.PERSONAL_DATA);
        if (annotation.isPresent()) {
            return Optional.of(labels.data("parameter " + parameter.signature(), new DataSource(
                    parameter.displayName(), annotation.get().string("category").orElse(inferredCategory), false, null,
                    new Anchor.AtElement(parameter))));
        }
        for (PolicyPattern<PolicySource> source : policySources) {
            if (source.entry().target() == PolicySource.Target.PARAMETER && source.entry().index() == parameterIndex
                    && source.pattern().matchesMethod(method.name(), method.descriptor())
                    && hierarchy.isSubtype(method.declaringClass().internalName(), source.pattern().internalClass())) {
                return Optional.of(labels.data("policy parameter " + parameter.signature(), new DataSource(
                        parameter.displayName(), source.entry().category(), false, null, new Anchor.AtElement(parameter))));
            }
        }
        return Optional.empty();
    }

    /**
     * The labels every value of a type carries: an instance of a {@code @PersonalData} type is
     * personal data of its category; an instance of a type with personal fields carries that
     * data too (handing the object over hands over its fields), one label per category.
     */
    LabelSet typeLabels(Type type) {
        if (type == null || type.getSort() != Type.OBJECT) {
            return LabelSet.EMPTY;
        }
        String name = type.getInternalName();
        LabelSet known = typeLabels.get(name);
        if (known != null) {
            return known;
        }
        LabelSet result = LabelSet.EMPTY;
        Optional<ClassModel> model = hierarchy.programClass(name);
        if (model.isEmpty()) {
            result = libraryInterfaceLabels(name);
        }
        if (model.isPresent()) {
            ClassModel declared = model.get();
            Optional<PersonalClassification> annotated = personalType(declared);
            if (annotated.isPresent()) {
                result = LabelSet.of(labels.data("instance " + name, new DataSource(declared.displayName() + " instance",
                        annotated.get().category(), false, name, new Anchor.AtElement(declared), true)), null);
            } else {
                Map<String, Boolean> categories = heldCategories(declared);
                for (Map.Entry<String, Boolean> category : categories.entrySet()) {
                    result = result.union(LabelSet.of(labels.data("instance " + name + " " + category.getKey(),
                            new DataSource(declared.displayName() + " instance", category.getKey(), category.getValue(), name,
                                    new Anchor.AtElement(declared), true)), null));
                }
                if (categories.isEmpty() && (declared.isInterface() || (declared.node().access & Opcodes.ACC_ABSTRACT) != 0)) {
                    // A value typed by an interface (Customer) is one of the program's implementations (CustomerImpl).
                    result = implementationLabels(name);
                }
            }
        }
        typeLabels.put(name, result);
        return result;
    }

    /** Beyond this many implementations, an interface says too little about which one a value is. */
    private static final int MAX_IMPLEMENTATIONS = 16;

    /**
     * A value typed by an interface of a dependency (not the JDK) that program classes implement
     * ({@code User} implemented by {@code JPAUser}) carries what those implementations hold.
     */
    private LabelSet libraryInterfaceLabels(String name) {
        if (name.startsWith("java/") || name.startsWith("javax/") || name.startsWith("jakarta/") || name.startsWith("jdk/")) {
            return LabelSet.EMPTY;
        }
        Optional<ClassHierarchy.Header> header = hierarchy.header(name);
        if (header.isEmpty() || !header.get().isInterface()) {
            return LabelSet.EMPTY;
        }
        return implementationLabels(name);
    }

    /**
     * The data of a type's program implementations, one label per implementation, so that a
     * later cast to one of them (or to a sibling) keeps only what that one can hold.
     */
    private LabelSet implementationLabels(String name) {
        List<ClassModel> implementations = hierarchy.programSubtypes(name);
        if (implementations.isEmpty() || implementations.size() > MAX_IMPLEMENTATIONS) {
            return LabelSet.EMPTY;
        }
        LabelSet result = LabelSet.EMPTY;
        for (ClassModel implementation : implementations) {
            if (implementation.isInterface() || implementation.internalName().equals(name)) {
                continue;
            }
            for (Map.Entry<String, Boolean> category : heldCategories(implementation).entrySet()) {
                String implementationName = implementation.internalName();
                result = result.union(LabelSet.of(labels.data("instance " + implementationName + " " + category.getKey(),
                        new DataSource(implementation.displayName() + " instance", category.getKey(), category.getValue(),
                                implementationName, new Anchor.AtElement(implementation), true)), null));
            }
        }
        return result;
    }

    /** The categories of a type's personal fields, each with whether only names classified them. */
    private Map<String, Boolean> heldCategories(ClassModel type) {
        Map<String, Boolean> categories = new java.util.TreeMap<>();
        for (String supertype : hierarchy.supertypes(type.internalName())) {
            Optional<ClassModel> level = hierarchy.programClass(supertype);
            if (level.isPresent()) {
                for (FieldModel field : level.get().fields()) {
                    if (!field.isStatic()) {
                        classifier.personalField(field).ifPresent(classification -> categories.merge(
                                classification.category(), classification.inferred(), Boolean::logicalAnd));
                    }
                }
            }
        }
        return categories;
    }

    private Optional<PersonalClassification> personalType(ClassModel type) {
        for (String supertype : hierarchy.supertypes(type.internalName())) {
            Optional<PersonalClassification> classification = hierarchy.programClass(supertype)
                    .flatMap(classifier::personalType);
            if (classification.isPresent()) {
                return classification;
            }
        }
        return Optional.empty();
    }

    // ---- sinks -----------------------------------------------------------------------------

    /** The sinks a call reaches: the built-in catalogue, the policy's sinks and {@code @Sink} methods. */
    List<SinkSpec> sinks(String owner, String name, String descriptor, Optional<MethodModel> declared, List<MethodModel> targets) {
        CallKey key = new CallKey(0, owner, name, descriptor);
        List<SinkSpec> known = sinks.get(key);
        if (known == null) {
            List<SinkSpec> found = new ArrayList<>();
            for (FlowCatalogs.SinkEntry entry : catalogs.sinks) {
                if (entry.pattern().matchesMethod(name, descriptor) && entry.pattern().matchesOwner(hierarchy, owner)) {
                    found.add(entry.spec());
                }
            }
            for (PolicyPattern<PolicySink> sink : policySinks) {
                if (sink.entry().target() != PolicySink.Target.RETURNS && sink.pattern().matchesMethod(name, descriptor)
                        && sink.pattern().matchesOwner(hierarchy, owner)) {
                    SinkSpec.Sunk sunk = sink.entry().target() == PolicySink.Target.METHOD
                            ? SinkSpec.Sunk.ALL : SinkSpec.Sunk.argument(sink.entry().index());
                    found.add(new SinkSpec(sink.entry().kind(), null, sunk, 0, "policy"));
                }
            }
            known = List.copyOf(found);
            sinks.put(key, known);
        }
        List<MethodModel> candidates = new ArrayList<>(targets);
        declared.ifPresent(candidates::add);
        for (MethodModel candidate : candidates) {
            Optional<AnnotationModel> sink = candidate.annotation(PrivacyAnnotations.SINK);
            if (sink.isPresent()) {
                List<SinkSpec> withAnnotation = new ArrayList<>(known);
                withAnnotation.add(new SinkSpec(null, sink.get().string("processor").orElse(""), SinkSpec.Sunk.ALL, 0, "@Sink"));
                return withAnnotation;
            }
        }
        return known;
    }

    /** The policy's {@code returns:} sinks of a program method. */
    List<SinkSpec> returnSinks(MethodModel method) {
        List<SinkSpec> found = new ArrayList<>();
        for (PolicyPattern<PolicySink> sink : policySinks) {
            if (sink.entry().target() == PolicySink.Target.RETURNS && sink.pattern().matchesMethod(method.name(), method.descriptor())
                    && hierarchy.isSubtype(method.declaringClass().internalName(), sink.pattern().internalClass())) {
                found.add(new SinkSpec(sink.entry().kind(), null, SinkSpec.Sunk.RETURNED, 0, "policy"));
            }
        }
        return found;
    }

    // ---- library models --------------------------------------------------------------------

    boolean matchesAny(List<MemberPattern> patterns, String owner, String name, String descriptor) {
        for (MemberPattern pattern : patterns) {
            if (pattern.matchesMethod(name, descriptor) && pattern.matchesOwner(hierarchy, owner)) {
                return true;
            }
        }
        return false;
    }

    /** Whether values of a type never change, so calls returning the type return new values. */
    boolean isImmutable(String owner) {
        for (String immutable : catalogs.immutableTypes) {
            if (immutable.endsWith("/") ? owner.startsWith(immutable) : hierarchy.isSubtype(owner, immutable)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sink stores data: a storing kind, or an {@code @Sink} processor that receives one. */
    boolean stores(SinkSpec sink) {
        if (sink.kind() != null) {
            return sink.stores();
        }
        return policy.processor(sink.processor())
                .map(processor -> processor.sinks().stream().anyMatch(kind -> io.github.privacyflow.policy.SinkKind.fromId(kind)
                        .map(io.github.privacyflow.policy.SinkKind::isStorage).orElse(false)))
                .orElse(false);
    }

    /** The tag a static field's value, or a method's result or constructed object, carries. */
    int tagOf(String owner, String member, String descriptor, boolean field) {
        int tags = 0;
        for (FlowCatalogs.TagEntry entry : catalogs.tags) {
            if (field) {
                if (entry.field() != null && entry.field().equals(member) && entry.pattern().internalClass().equals(owner)) {
                    tags |= entry.tag();
                }
            } else if (entry.field() == null && entry.pattern().matchesMethod(member, descriptor)
                    && entry.pattern().matchesOwner(hierarchy, owner)) {
                tags |= entry.tag();
            }
        }
        return tags;
    }

    // ---- fields ----------------------------------------------------------------------------

    /** Whether a field key names a field the program declares (data may be written back into it). */
    boolean isProgramField(String key) {
        return fields.isProgramField(key);
    }

    /** The key of a field, by its declaring class when the program declares it. */
    String fieldKey(String owner, String name) {
        return fields.key(owner, name);
    }

    static String simple(String internalName) {
        if (internalName == null) {
            return "?";
        }
        return internalName.substring(Math.max(internalName.lastIndexOf('/'), internalName.lastIndexOf('$')) + 1);
    }
}
