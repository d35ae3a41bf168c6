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
import java.util.List;
import java.util.Optional;

/**
 * PF001: special-category data in code under an agreement that forbids it.
 *
 * <p>A type reported here covers its members, and a parameter that only carries a field's
 * value in (constructor, setter) is left to the field, so one piece of data gives one finding.
 * A type only named like the data ({@code interface CreditCardPayment}) whose implementations
 * keep it in fields of their own ({@code CreditCardPaymentInfoImpl.pan}) is left to those
 * fields: they are where the data is, and where the user changes what is kept.
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
        List<ClassModel> holders = holdersByField(context);
        for (ClassModel type : context.program().classes()) {
            if (type.isSynthetic()) {
                continue;
            }
            Optional<SensitiveClassification> typeLevel = context.classifier().sensitive(type);
            boolean leftToSubtypes = typeLevel.isPresent() && typeLevel.get().origin() == Origin.NAME
                    && heldBelow(context, type, holders);
            if (typeLevel.isPresent() && !leftToSubtypes) {
                report(findings, type, typeLevel.get());
                continue;
            }
            for (FieldModel field : type.fields()) {
                if (!field.isSynthetic()) {
                    context.classifier().sensitive(field).ifPresent(found -> report(findings, field, found));
                }
            }
            if (leftToSubtypes) {
                // Its accessors' parameters (setPan(String pan)) carry the values of the fields below.
                continue;
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

    /**
     * The types that are not sensitive by their own name but keep special-category data in fields
     * they declare: a type named like the data is left to them when it is one of their super types.
     */
    private static List<ClassModel> holdersByField(RuleContext context) {
        return context.program().classes().stream()
                .filter(type -> !type.isSynthetic() && context.classifier().sensitive(type).isEmpty()
                        && type.fields().stream().anyMatch(field -> !field.isSynthetic() && context.classifier().sensitive(field).isPresent()))
                .toList();
    }

    /** Whether one of the holders has the type above it, through classes and interfaces. */
    private static boolean heldBelow(RuleContext context, ClassModel type, List<ClassModel> holders) {
        return holders.stream().anyMatch(holder -> holder != type
                && context.program().isSelfOrSupertype(holder.internalName(), type.internalName()));
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
