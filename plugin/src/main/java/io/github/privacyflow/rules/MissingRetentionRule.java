package io.github.privacyflow.rules;

import io.github.privacyflow.classify.PersonalClassification;
import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.flow.FlowResult;
import io.github.privacyflow.model.AnnotationModel;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.FieldModel;
import io.github.privacyflow.policy.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * PF006: a persisted type holds personal data and says nowhere how long it is kept.
 *
 * <p>Persisted means a JPA or Spring Data mapping annotation, or that the type's instances, or
 * values read from its personal fields and getters, reach a {@code jdbc}, {@code jpa},
 * {@code object-storage}, {@code file} or {@code ldap} sink. A type that code deletes by age (a
 * {@code DELETE ... WHERE created < ?}, a repository's {@code deleteByCreatedAtBefore}) has its
 * retention enforced by that code, and is not reported. An abstract type with a persisted
 * subclass is reported through that subclass, whose rows hold its fields.
 */
@RuleInfo(id = "PF006", name = "missing-retention", severity = Severity.ERROR,
        summary = "A persisted type (mapped, or whose data reaches a store) holds personal data and neither it nor its personal fields carry @Retain.",
        clause = "retention: every category is kept no longer than the agreement allows")
public final class MissingRetentionRule implements Rule {

    @Override
    public void check(RuleContext context, FindingCollector findings) {
        for (ClassModel type : context.program().classes()) {
            Optional<String> persisted = persistedBy(context, type);
            if (persisted.isEmpty() || TypeFacts.typeRetention(context, type).isPresent()) {
                continue;
            }
            if (type.isAbstract() && persistedSubclass(context, type)) {
                // A mapped superclass or an abstract base has no table of its own: its fields
                // are kept in its persisted subclasses' rows, and reported there.
                continue;
            }
            if (context.enforcedRetention(type).isPresent()) {
                // A cleanup that deletes it by age is its retention, enforced by code.
                continue;
            }
            Map<FieldModel, PersonalClassification> personal = TypeFacts.personalFields(context, type);
            boolean mapped = TypeFacts.persistenceAnnotation(context, type).isPresent();
            List<String> unretained = new ArrayList<>();
            Set<String> categories = new TreeSet<>();
            for (Map.Entry<FieldModel, PersonalClassification> entry : personal.entrySet()) {
                if (mapped && TypeFacts.unpersisted(context, entry.getKey())) {
                    // The mapping leaves it out of the row: nothing of it is kept.
                    continue;
                }
                boolean retained = DeclaredRetention.of(entry.getKey()).filter(DeclaredRetention::isValid).isPresent();
                if (!retained) {
                    unretained.add(entry.getKey().name());
                    categories.add(entry.getValue().category());
                }
            }
            if (unretained.isEmpty()) {
                continue;
            }
            findings.report(new Anchor.AtElement(type), type.kindWord() + " " + type.displayName() + " is persisted ("
                    + persisted.get() + ") and holds personal data of " + describe(context, categories)
                    + " (" + TypeFacts.list(unretained) + ") but declares no retention; add @Retain to the type");
        }
    }

    /** How the type is stored: a mapping annotation, or its data reaching a store in the code. */
    private static Optional<String> persistedBy(RuleContext context, ClassModel type) {
        Optional<AnnotationModel> annotation = TypeFacts.persistenceAnnotation(context, type);
        if (annotation.isPresent()) {
            return Optional.of("@" + annotation.get().simpleName());
        }
        if (TypeFacts.personalFields(context, type).isEmpty()) {
            return Optional.empty();
        }
        FlowResult.StoreSite store = context.flow().storedTypes().get(type.internalName());
        if (store == null) {
            return Optional.empty();
        }
        return Optional.of("its data reaches " + store.callee() + " (" + store.kind() + ") in " + store.method().displayName());
    }

    /** Whether a concrete subclass of the type in the program is persisted itself. */
    private static boolean persistedSubclass(RuleContext context, ClassModel type) {
        for (ClassModel other : context.program().classes()) {
            if (other != type && !other.isAbstract() && context.program().isSelfOrSupertype(other.internalName(), type.internalName())
                    && persistedBy(context, other).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static String describe(RuleContext context, Set<String> categories) {
        List<String> parts = new ArrayList<>();
        for (String name : categories) {
            Category category = context.policy().categories().get(name);
            parts.add("category '" + name + "'" + (category == null ? "" : ", which the agreement keeps "
                    + category.retention().describe()));
        }
        return String.join("; ", parts);
    }
}
