package io.github.privacyflow.rules;

import io.github.privacyflow.catalog.NameMatch;
import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.FieldModel;
import java.util.Optional;

/**
 * PF002: a field or record component named like personal data that nothing classifies.
 *
 * <p>Only in heuristic mode; sensitive names are PF001's, so they are not reported again here.
 */
@RuleInfo(id = "PF002", name = "unclassified-personal-data", severity = Severity.WARNING,
        summary = "A field or record component is named like personal data but carries neither @PersonalData nor @NotPersonalData.",
        clause = "data categories: every piece of personal data belongs to a category of the agreement")
public final class UnclassifiedPersonalDataRule implements Rule {

    @Override
    public void check(RuleContext context, FindingCollector findings) {
        if (!context.classifier().heuristics()) {
            return;
        }
        for (ClassModel type : context.program().classes()) {
            if (type.isSynthetic() || context.classifier().sensitive(type).isPresent()) {
                continue;
            }
            for (FieldModel field : type.fields()) {
                Optional<NameMatch> match = context.classifier().unclassifiedPersonalName(field);
                match.ifPresent(hit -> findings.report(new Anchor.AtElement(field), field.kindWord() + " "
                        + field.displayName() + " looks like personal data (" + hit.family() + ", matching '" + hit.term()
                        + "') but has no category; annotate it with @PersonalData(category = ...) naming a category of the "
                        + "agreement, or with @NotPersonalData(reason = ...)"));
            }
        }
    }
}
