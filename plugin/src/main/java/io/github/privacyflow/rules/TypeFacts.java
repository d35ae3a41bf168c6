package io.github.privacyflow.rules;

import io.github.privacyflow.classify.PersonalClassification;
import io.github.privacyflow.model.AnnotationModel;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.FieldModel;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.model.PrivacyAnnotations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** What the retention rules need to know of a type: is it stored, what personal data it holds. */
final class TypeFacts {

    private TypeFacts() {
    }

    /**
     * The personal fields of a type, its module-declared super classes included, each with
     * its classification.
     */
    static Map<FieldModel, PersonalClassification> personalFields(RuleContext context, ClassModel type) {
        Map<FieldModel, PersonalClassification> result = new LinkedHashMap<>();
        for (ClassModel level : context.program().selfAndSuperclasses(type)) {
            for (FieldModel field : level.fields()) {
                if (!field.isStatic() && context.classifier().personalIn(field, type)) {
                    result.put(field, context.classifier().personalField(field).orElseThrow());
                }
            }
        }
        return result;
    }

    /** The categories a type's instances hold: the type's own, its fields' and its annotated getters'. */
    static Set<String> categoriesHeld(RuleContext context, ClassModel type) {
        Set<String> categories = new TreeSet<>();
        for (ClassModel level : context.program().selfAndSuperclasses(type)) {
            context.classifier().personalType(level).ifPresent(classification -> categories.add(classification.category()));
            for (MethodModel method : level.methods()) {
                method.annotation(PrivacyAnnotations.PERSONAL_DATA).flatMap(annotation -> annotation.string("category"))
                        .ifPresent(categories::add);
            }
        }
        for (PersonalClassification classification : personalFields(context, type).values()) {
            categories.add(classification.category());
        }
        return categories;
    }

    /** Whether a mapped type's field stays out of its table: {@code transient}, or {@code @Transient}. */
    static boolean unpersisted(RuleContext context, FieldModel field) {
        return field.isTransient() || field.hasAnyAnnotation(context.catalogs().unpersistedFieldAnnotations());
    }

    /** The persistence annotation that makes a type stored, if any. */
    static Optional<AnnotationModel> persistenceAnnotation(RuleContext context, ClassModel type) {
        for (AnnotationModel annotation : type.annotations()) {
            if (context.catalogs().persistedTypeAnnotations().contains(annotation.typeName())) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    /** The {@code @Retain} on a type or one of its module-declared super classes. */
    static Optional<DeclaredRetention> typeRetention(RuleContext context, ClassModel type) {
        for (ClassModel level : context.program().selfAndSuperclasses(type)) {
            Optional<DeclaredRetention> retention = DeclaredRetention.of(level).filter(DeclaredRetention::isValid);
            if (retention.isPresent()) {
                return retention;
            }
        }
        return Optional.empty();
    }

    /** Names for messages: the first few, then how many more. */
    static String list(List<String> names) {
        List<String> shown = new ArrayList<>(names.subList(0, Math.min(3, names.size())));
        String text = String.join(", ", shown);
        return names.size() > shown.size() ? text + " and " + (names.size() - shown.size()) + " more" : text;
    }
}
