package io.github.privacyflow.rules;

import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.model.AnnotationModel;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.FieldModel;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.model.ParameterModel;
import io.github.privacyflow.model.PrivacyAnnotations;
import io.github.privacyflow.model.ProgramElement;
import io.github.privacyflow.model.SourceLocation;
import io.github.privacyflow.policy.Policy;
import io.github.privacyflow.policy.PolicySource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * PF008: an annotation (or a policy {@code sources:} entry) names a category, purpose,
 * processor or sensitive kind the agreement does not define, so a typo never passes silently.
 */
@RuleInfo(id = "PF008", name = "policy-mismatch", severity = Severity.ERROR,
        summary = "An annotation names a category, purpose, processor or sensitive kind the policy does not define.",
        clause = "the agreement's own list of data categories, purposes and processors")
public final class PolicyMismatchRule implements Rule {

    /** The special categories of GDPR Art. 9 and 10 and PIPL Art. 28 that {@code @Sensitive} may name. */
    public static final List<String> SENSITIVE_KINDS = List.of("health", "biometric", "genetic", "religion", "ethnicity",
            "political", "union", "sex-life", "criminal", "government-id", "financial-account", "precise-location", "minor");

    @Override
    public void check(RuleContext context, FindingCollector findings) {
        Policy policy = context.policy();
        for (ClassModel info : context.program().packageInfos()) {
            checkElement(policy, info, findings);
        }
        for (ClassModel type : context.program().classes()) {
            checkElement(policy, type, findings);
            for (FieldModel field : type.fields()) {
                checkElement(policy, field, findings);
            }
            for (MethodModel method : type.methods()) {
                checkElement(policy, method, findings);
                for (ParameterModel parameter : method.parameters()) {
                    if (!method.isCanonicalRecordConstructor()) {
                        checkElement(policy, parameter, findings);
                    }
                }
            }
        }
        for (PolicySource source : policy.sources()) {
            if (!policy.categories().containsKey(source.category()) && policy.origin() != null) {
                findings.report(new Anchor.AtFile(new SourceLocation(policy.origin(), source.line(), 0), "source " + source.line()),
                        "policy source names category '" + source.category() + "', which the agreement does not define; "
                        + "defined: " + String.join(", ", policy.categories().keySet()));
            }
        }
    }

    private static void checkElement(Policy policy, ProgramElement element, FindingCollector findings) {
        if (element instanceof MethodModel method && method.isSynthetic()) {
            return;
        }
        if (element instanceof MethodModel method && method.isRecordAccessor()) {
            // The accessor repeats the component's annotation, which is checked on the component.
            return;
        }
        for (AnnotationModel annotation : element.annotations()) {
            List<String> unknown = new ArrayList<>();
            String what;
            Collection<String> defined;
            switch (annotation.typeName()) {
                case PrivacyAnnotations.PERSONAL_DATA -> {
                    what = "category";
                    defined = policy.categories().keySet();
                    unknown(annotation.strings("category"), defined, unknown);
                }
                case PrivacyAnnotations.PURPOSE -> {
                    what = "purpose";
                    defined = policy.purposes().keySet();
                    unknown(annotation.strings("value"), defined, unknown);
                }
                case PrivacyAnnotations.SINK -> {
                    what = "processor";
                    defined = policy.processors().keySet();
                    unknown(annotation.strings("processor"), defined, unknown);
                }
                case PrivacyAnnotations.SENSITIVE -> {
                    what = "sensitive kind";
                    defined = SENSITIVE_KINDS;
                    unknown(annotation.strings("kind"), defined, unknown);
                }
                default -> {
                    continue;
                }
            }
            if (!unknown.isEmpty()) {
                String names = String.join("', '", unknown);
                findings.report(new Anchor.AtAnnotation(element, annotation.typeName()), "@" + annotation.simpleName()
                        + " on " + element.kindWord() + " " + element.displayName() + " names " + what
                        + (unknown.size() > 1 ? "s '" : " '") + names + "', which the agreement does not define; defined: "
                        + String.join(", ", defined));
            }
        }
    }

    private static void unknown(List<String> named, Collection<String> defined, List<String> unknown) {
        for (String name : named) {
            if (!defined.contains(name)) {
                unknown.add(name);
            }
        }
    }
}
