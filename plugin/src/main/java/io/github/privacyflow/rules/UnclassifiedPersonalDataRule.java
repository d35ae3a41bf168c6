package io.github.privacyflow.rules;

import io.github.privacyflow.catalog.NameMatch;
import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.flow.DataSource;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.model.AnnotationModel;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.FieldModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PF002: a field or record component named like personal data that nothing classifies, or a
 * stored text column whose name says nothing but which the flow analysis sees the program write
 * a library's personal data into (James's {@code JPAMail.perRecipientHeaders}).
 *
 * <p>Only in heuristic mode; sensitive names are PF001's, so they are not reported again here.
 */
@RuleInfo(id = "PF002", name = "unclassified-personal-data", severity = Severity.WARNING,
        summary = "A field or record component is named like personal data, or is a stored column the program writes a library's "
                + "personal data into, but carries neither @PersonalData nor @NotPersonalData.",
        clause = "data categories: every piece of personal data belongs to a category of the agreement")
public final class UnclassifiedPersonalDataRule implements Rule {

    /**
     * How many components a projection has before one of them may be named otherwise than its
     * column's field (Keycloak's {@code ImmutablePersistentUserSessionEntity.createOn} reads
     * {@code createdOn}): with that many, the rest still say which type's row it is.
     */
    private static final int RENAMING_PROJECTION = 4;

    /** What every report of this rule asks of the user. */
    private static final String ANNOTATE = "annotate it with @PersonalData(category = ...) naming a category of the agreement, "
            + "or with @NotPersonalData(reason = ...)";

    /** The descriptors of a column's text: what a serialised list, map or document is stored as. */
    private static final Set<String> TEXT_COLUMNS = Set.of("Ljava/lang/String;", "[B", "[C");

    @Override
    public void check(RuleContext context, FindingCollector findings) {
        if (!context.classifier().heuristics()) {
            return;
        }
        Map<String, ClassModel> keyedEntities = keyedEntities(context);
        List<ClassModel> mapped = context.program().classes().stream()
                .filter(type -> type.hasAnyAnnotation(context.catalogs().persistedTypeAnnotations())).toList();
        for (ClassModel type : context.program().classes()) {
            if (type.isSynthetic() || context.classifier().sensitive(type).isPresent()) {
                continue;
            }
            ClassModel keyed = keyedEntities.get(type.internalName());
            ClassModel projected = projectedEntity(context, type, mapped);
            for (FieldModel field : type.fields()) {
                if (refersToProgramType(context, field) && !context.classifier().referencesPersonRow(field)
                        || keyed != null && declares(keyed, field.name()) || builtTypeDeclares(context, type, field)
                        || projected != null && reportedOn(context, projected, field.name())) {
                    continue;
                }
                Optional<NameMatch> match = context.classifier().unclassifiedPersonalName(field);
                if (match.isPresent()) {
                    findings.report(new Anchor.AtElement(field), field.kindWord() + " " + field.displayName()
                            + " looks like personal data (" + match.get().family() + ", matching '" + match.get().term()
                            + "') but has no category; " + ANNOTATE);
                } else if (TypeFacts.persistenceAnnotation(context, type).isPresent()) {
                    writtenLibraryData(context, type, field).ifPresent(data -> findings.report(new Anchor.AtElement(field),
                            field.kindWord() + " " + field.displayName() + " is stored with personal data its name does not show"
                                    + " (the program writes " + data + " into it) and has no category; " + ANNOTATE));
                }
            }
        }
    }

    /**
     * What a library hands the program as a person's data and the program writes into a text
     * column of a mapped type whose name says nothing (James's {@code JPAMail.perRecipientHeaders},
     * JSON keyed by the recipients' addresses): the flow analysis saw the data written there, so
     * the column holds it. Only a library's value counts (an address type, a catalogued getter):
     * what the program's own fields carry is merged across objects on the way and would name
     * columns that never hold it, and so does a parameter of the program typed or parsed as an
     * address (its callers say whose it is). Described as the first such datum, in a stable order.
     */
    private static Optional<String> writtenLibraryData(RuleContext context, ClassModel type, FieldModel field) {
        if (field.isStatic() || field.isSynthetic() || TypeFacts.unpersisted(context, field)
                || !TEXT_COLUMNS.contains(field.type().getDescriptor())
                || context.classifier().personalField(field).isPresent() || context.classifier().declaredNotPersonal(field)
                || context.classifier().sensitive(field).isPresent()) {
            return Optional.empty();
        }
        LabelSet written = context.flow().fieldData().get(type.internalName() + "#" + field.name());
        if (written == null) {
            return Optional.empty();
        }
        return written.dataLabels().stream().map(Label::source)
                .filter(source -> source.anchor() == null && DataSource.LIBRARY_VALUE_FAMILY.equals(source.family()))
                .map(DataSource::description).sorted().findFirst();
    }


    /**
     * The entities that name a key class with {@code @IdClass}, by that key class: the key's
     * fields repeat the entity's own id fields, the same columns, which are reported on the
     * entity.
     */
    private static Map<String, ClassModel> keyedEntities(RuleContext context) {
        Map<String, ClassModel> byKey = new HashMap<>();
        for (ClassModel type : context.program().classes()) {
            for (AnnotationModel annotation : type.annotations()) {
                if (annotation.typeName().endsWith("persistence.IdClass")) {
                    annotation.classes("value").forEach(key -> byKey.putIfAbsent(key, type));
                }
            }
        }
        return byKey;
    }

    /**
     * Whether the field is a builder's copy of a field of the type it builds
     * ({@code JPASieveScript.Builder.username} of {@code JPASieveScript.username}): one column,
     * reported on the built type, where it is stored.
     */
    private static boolean builtTypeDeclares(RuleContext context, ClassModel type, FieldModel field) {
        return type.simpleName().endsWith("Builder")
                && type.outerName().flatMap(context.program()::find).filter(outer -> declares(outer, field.name())).isPresent();
    }

    /**
     * The mapped type a record reads some columns of (Keycloak's {@code UserSessionAndUser}, a
     * query's projection of the session table's ids): a record of the same package, not mapped
     * itself, whose two or more components all are fields of one mapped type, or all but one
     * when it has {@value #RENAMING_PROJECTION} or more. Its components repeat those columns, which
     * are reported on the mapped type, where they are stored; only components named as the
     * type's reported fields are left to it.
     */
    private static ClassModel projectedEntity(RuleContext context, ClassModel type, List<ClassModel> mapped) {
        if (!type.isRecord() || type.hasAnyAnnotation(context.catalogs().persistedTypeAnnotations())) {
            return null;
        }
        List<String> components = type.fields().stream().filter(field -> !field.isStatic()).map(FieldModel::name).toList();
        if (components.size() < 2) {
            return null;
        }
        // A type sharing every component is the one read; else one sharing all but one of many.
        ClassModel allButOne = null;
        for (ClassModel entity : mapped) {
            if (entity.packageName().equals(type.packageName())) {
                long shared = components.stream().filter(name -> declares(entity, name)).count();
                if (shared == components.size()) {
                    return entity;
                }
                if (allButOne == null && components.size() >= RENAMING_PROJECTION && shared == components.size() - 1) {
                    allButOne = entity;
                }
            }
        }
        return allButOne;
    }

    /** Whether the mapped type's own field of that name is reported by this rule. */
    private static boolean reportedOn(RuleContext context, ClassModel entity, String fieldName) {
        return entity.field(fieldName).flatMap(field -> context.classifier().unclassifiedPersonalName(field)).isPresent();
    }

    private static boolean declares(ClassModel type, String fieldName) {
        return type.fields().stream().anyMatch(field -> field.name().equals(fieldName));
    }

    /**
     * Whether the field holds objects of the program's own types ({@code Phone phonePrimary},
     * {@code List<CustomerAddress> customerAddresses}): the personal data is in those types'
     * fields, and this rule reports it there. Naming the reference too would report one real
     * problem twice. A mapped type's reference to a person's row is the exception: its column is
     * the person's key, a fact of its own ({@code DataClassifier#referencesPersonRow}).
     */
    private static boolean refersToProgramType(RuleContext context, FieldModel field) {
        return field.namedClasses().stream().anyMatch(named -> context.program().find(named).isPresent());
    }
}
