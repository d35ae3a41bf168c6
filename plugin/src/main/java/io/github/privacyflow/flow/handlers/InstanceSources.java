package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.ClassNames;
import io.github.privacyflow.classify.PersonalClassification;
import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.flow.DataSource;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.FieldModel;
import io.github.privacyflow.model.Relations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.objectweb.asm.Opcodes;

/**
 * Objects as sources: an instance of a {@code @PersonalData} type is personal data of its
 * category, and an instance of a type with personal fields carries that data too (handing the
 * object over hands over its fields), one label per category. A field that only names who made
 * or holds the object (a name-inferred {@code author}, {@code owner}) does not make the object
 * a person's record, unless the object is a mapped entity: a stored record that names a person
 * links that person to it. A value typed by an interface
 * carries what the program's implementations of it hold.
 */
final class InstanceSources implements SourceHandler {

    /** Beyond this many implementations, an interface says too little about which one a value is. */
    private static final int MAX_IMPLEMENTATIONS = 16;

    private final HandlerContext context;
    private final ClassHierarchy hierarchy;
    private final Set<String> persistedTypeAnnotations;

    InstanceSources(HandlerContext context, Set<String> persistedTypeAnnotations) {
        this.context = context;
        this.hierarchy = context.hierarchy();
        this.persistedTypeAnnotations = persistedTypeAnnotations;
    }

    @Override
    public LabelSet instance(String name) {
        Optional<ClassModel> model = hierarchy.programClass(name);
        if (model.isEmpty()) {
            return libraryInterfaceLabels(name);
        }
        ClassModel declared = model.get();
        Optional<PersonalClassification> annotated = personalType(declared);
        if (annotated.isPresent()) {
            return LabelSet.of(context.labels().data("instance " + name, new DataSource(declared.displayName() + " instance",
                    annotated.get().category(), false, name, new Anchor.AtElement(declared), true)), null);
        }
        Map<String, Boolean> categories = heldCategories(declared);
        LabelSet result = LabelSet.EMPTY;
        for (Map.Entry<String, Boolean> category : categories.entrySet()) {
            result = result.union(LabelSet.of(context.labels().data("instance " + name + " " + category.getKey(),
                    new DataSource(declared.displayName() + " instance", category.getKey(), category.getValue(), name,
                            new Anchor.AtElement(declared), true)), null));
        }
        if (categories.isEmpty() && (declared.isInterface() || (declared.node().access & Opcodes.ACC_ABSTRACT) != 0)) {
            // A value typed by an interface (Customer) is one of the program's implementations (CustomerImpl).
            result = implementationLabels(name);
        }
        return result;
    }

    /**
     * A value typed by an interface of a dependency (not the JDK) that program classes implement
     * ({@code User} implemented by {@code JPAUser}) carries what those implementations hold.
     */
    private LabelSet libraryInterfaceLabels(String name) {
        if (ClassNames.isPlatform(name)) {
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
                result = result.union(LabelSet.of(context.labels().data("instance " + implementationName + " " + category.getKey(),
                        new DataSource(implementation.displayName() + " instance", category.getKey(), category.getValue(),
                                implementationName, new Anchor.AtElement(implementation), true)), null));
            }
        }
        return result;
    }

    /**
     * The categories of a type's personal fields, each with whether only names classified them. A
     * mapped type with none of its own carries those of the mapped types its relations save with it
     * ({@code cascade} {@code ALL}, {@code PERSIST} or {@code MERGE}): persisting Keycloak's root
     * authentication session persists its child sessions and the user ids they hold.
     */
    private Map<String, Boolean> heldCategories(ClassModel type) {
        Map<String, Boolean> categories = ownCategories(type);
        if (categories.isEmpty() && isMapped(type)) {
            for (String held : savedWith(type)) {
                hierarchy.programClass(held).filter(part -> part != type).filter(this::isMapped)
                        .ifPresent(part -> ownCategories(part).forEach((category, inferred) ->
                                categories.merge(category, inferred, Boolean::logicalAnd)));
            }
        }
        return categories;
    }

    private Map<String, Boolean> ownCategories(ClassModel type) {
        Map<String, Boolean> categories = new TreeMap<>();
        // A stored record that names a person (a ticket's requester, a group's members) links that
        // person to it; a page object in memory that names its author is not the author's record.
        boolean mapped = isMapped(type);
        for (String supertype : hierarchy.supertypes(type.internalName())) {
            Optional<ClassModel> level = hierarchy.programClass(supertype);
            if (level.isPresent()) {
                for (FieldModel field : level.get().fields()) {
                    if (!field.isStatic() && (mapped || !context.classifier().onlyReferencesAPerson(field))
                            && context.classifier().personalIn(field, type)) {
                        context.classifier().personalField(field).ifPresent(classification -> categories.merge(
                                classification.category(), classification.inferred(), Boolean::logicalAnd));
                    }
                }
            }
        }
        return categories;
    }

    private boolean isMapped(ClassModel type) {
        return type.hasAnyAnnotation(persistedTypeAnnotations);
    }

    /**
     * The classes a mapped type's relations hold that persisting or merging it saves too, its
     * mapped superclasses' relations included.
     */
    private List<String> savedWith(ClassModel type) {
        List<String> saved = new ArrayList<>();
        for (String supertype : hierarchy.supertypes(type.internalName())) {
            for (FieldModel field : hierarchy.programClass(supertype).map(ClassModel::fields).orElse(List.of())) {
                Set<String> cascaded = Relations.cascades(field, SAVING_RELATIONS);
                if (!field.isStatic() && (cascaded.contains("ALL") || cascaded.contains("PERSIST") || cascaded.contains("MERGE"))) {
                    saved.addAll(Relations.heldClasses(field));
                }
            }
        }
        return saved;
    }

    /** The relations whose targets a save can cascade to; a many-to-one's target is its owner, saved on its own. */
    private static final Set<String> SAVING_RELATIONS = Set.of("OneToMany", "OneToOne", "ManyToMany");

    private Optional<PersonalClassification> personalType(ClassModel type) {
        for (String supertype : hierarchy.supertypes(type.internalName())) {
            Optional<PersonalClassification> classification = hierarchy.programClass(supertype)
                    .flatMap(context.classifier()::personalType);
            if (classification.isPresent()) {
                return classification;
            }
        }
        return Optional.empty();
    }
}
