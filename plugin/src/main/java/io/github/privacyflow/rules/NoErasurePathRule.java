package io.github.privacyflow.rules;

import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.model.AnnotationModel;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.FieldModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * PF010: data kept under {@code @Retain} that the code has no way to delete, so neither the
 * retention period nor the customer's deletion can be honoured.
 */
@RuleInfo(id = "PF010", name = "no-erasure-path", severity = Severity.ERROR,
        summary = "A type kept under @Retain has no @Erases method and no reachable delete (JPA remove, Spring Data delete*, SQL DELETE).",
        clause = "retention: data is deleted when its period ends or when the customer deletes it")
public final class NoErasurePathRule implements Rule {

    @Override
    public void check(RuleContext context, FindingCollector findings) {
        for (ClassModel type : context.program().classes()) {
            Optional<DeclaredRetention> retention = retentionOf(type);
            if (retention.isEmpty()) {
                continue;
            }
            Set<String> tables = tableNames(context, type);
            if (!context.erasure().erases(type, tables)) {
                findings.report(new Anchor.AtElement(type), type.kindWord() + " " + type.displayName() + " is kept "
                        + retention.get().describe() + " (@Retain) but nothing deletes it: no @Erases(" + type.simpleName()
                        + ".class) method, no JPA remove or Spring Data delete of it, and no DELETE naming table "
                        + String.join("/", tables) + "; the agreement requires deleting it when its period ends or the customer asks");
            }
        }
    }

    private static Optional<DeclaredRetention> retentionOf(ClassModel type) {
        Optional<DeclaredRetention> own = DeclaredRetention.of(type).filter(DeclaredRetention::isValid);
        if (own.isPresent()) {
            return own;
        }
        for (FieldModel field : type.fields()) {
            Optional<DeclaredRetention> onField = DeclaredRetention.of(field).filter(DeclaredRetention::isValid);
            if (onField.isPresent()) {
                return onField;
            }
        }
        return Optional.empty();
    }

    /** The names the type's table may have: mapped names, the entity name, and its snake case. */
    static Set<String> tableNames(RuleContext context, ClassModel type) {
        Set<String> names = new TreeSet<>();
        names.add(type.simpleName().toLowerCase(Locale.ROOT));
        names.add(snakeCase(type.simpleName()));
        for (AnnotationModel annotation : type.annotations()) {
            List<String> attributes = context.catalogs().tableNameAttributes().getOrDefault(annotation.typeName(), List.of());
            for (String attribute : attributes) {
                annotation.string(attribute).filter(name -> !name.isBlank())
                        .ifPresent(name -> names.add(name.toLowerCase(Locale.ROOT)));
            }
        }
        return names;
    }

    private static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z])([A-Z][a-z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
