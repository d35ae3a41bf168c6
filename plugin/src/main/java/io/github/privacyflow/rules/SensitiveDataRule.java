package io.github.privacyflow.rules;

import io.github.privacyflow.classify.Origin;
import io.github.privacyflow.classify.SensitiveClassification;
import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.FieldModel;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.model.ParameterModel;
import io.github.privacyflow.model.ProgramElement;
import java.util.Optional;

/**
 * PF001: special-category data in code under an agreement that forbids it.
 *
 * <p>A type reported here covers its members, and a parameter that only carries a field's
 * value in (constructor, setter) is left to the field, so one piece of data gives one finding.
 */
@RuleInfo(id = "PF001", name = "sensitive-data", severity = Severity.ERROR,
        summary = "A field, parameter, record component or type holds special-category data the agreement forbids.",
        clause = "special condition: not intended for sensitive data; none may be processed")
public final class SensitiveDataRule implements Rule {

    @Override
    public void check(RuleContext context, FindingCollector findings) {
        if (!context.policy().sensitiveDataForbidden()) {
            return;
        }
        for (ClassModel type : context.program().classes()) {
            if (type.isSynthetic()) {
                continue;
            }
            Optional<SensitiveClassification> typeLevel = context.classifier().sensitive(type);
            if (typeLevel.isPresent()) {
                report(findings, type, typeLevel.get());
                continue;
            }
            for (FieldModel field : type.fields()) {
                if (!field.isSynthetic()) {
                    context.classifier().sensitive(field).ifPresent(found -> report(findings, field, found));
                }
            }
            for (MethodModel method : type.methods()) {
                if (method.isSynthetic() || method.isCanonicalRecordConstructor()) {
                    continue;
                }
                for (ParameterModel parameter : method.parameters()) {
                    Optional<SensitiveClassification> found = context.classifier().sensitive(parameter);
                    if (found.isPresent() && !carriesSensitiveField(context, parameter)) {
                        report(findings, parameter, found.get());
                    }
                }
            }
        }
    }

    private static void report(FindingCollector findings, ProgramElement element, SensitiveClassification found) {
        String how = found.origin() == Origin.NAME
                ? "inferred from the name, matching '" + found.evidence() + "'"
                : "declared with @Sensitive";
        // The fix comes last, after the clause: SARIF viewers title the alert with the part before
        // the first "; ", and the fix is what the reader acts on.
        String fix = "; to fix it, stop holding this data here (remove it, or keep only what is not special-category),"
                + " or set sensitive-data: allowed in the policy if your agreement permits it"
                + (found.origin() == Origin.NAME ? ", or annotate it @NotPersonalData(reason = \"...\") if the name misleads" : "");
        findings.report(new Anchor.AtElement(element), element.kindWord() + " " + element.displayName()
                + " holds special-category data of kind '" + found.kind() + "' (" + how
                + "); the agreement is not intended for sensitive data and none may be processed" + fix);
    }

    /** A parameter named like a sensitive field of its class only carries that field's value in or out. */
    private static boolean carriesSensitiveField(RuleContext context, ParameterModel parameter) {
        if (parameter.name() == null) {
            return false;
        }
        return parameter.declaringClass().field(parameter.name())
                .flatMap(field -> context.classifier().sensitive(field))
                .isPresent();
    }
}
