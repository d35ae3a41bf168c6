package io.github.privacyflow.rules;

import io.github.privacyflow.classify.PersonalClassification;
import io.github.privacyflow.config.LogRetention;
import io.github.privacyflow.config.LogRetentionReader;
import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.FieldModel;
import io.github.privacyflow.model.PrivacyAnnotations;
import io.github.privacyflow.model.ProgramElement;
import io.github.privacyflow.policy.Category;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * PF007: a declared retention, or a logging configuration, keeps data longer than the
 * agreement allows for its category.
 */
@RuleInfo(id = "PF007", name = "retention-exceeds-policy", severity = Severity.ERROR,
        summary = "@Retain, or a logback/log4j2 configuration, keeps data longer than its category allows.",
        clause = "retention: user interaction (log) data at most 180 days; recordings until the customer deletes them")
public final class RetentionExceedsPolicyRule implements Rule {

    @Override
    public void check(RuleContext context, FindingCollector findings) {
        for (ClassModel type : context.program().classes()) {
            DeclaredRetention.of(type).ifPresent(retention ->
                    checkAgainst(context, findings, retention, TypeFacts.categoriesHeld(context, type)));
            for (FieldModel field : type.fields()) {
                Optional<DeclaredRetention> retention = DeclaredRetention.of(field);
                if (retention.isPresent()) {
                    Optional<PersonalClassification> classification = context.classifier().personalField(field);
                    classification.ifPresent(found -> checkAgainst(context, findings, retention.get(), Set.of(found.category())));
                }
            }
        }
        checkLogging(context, findings);
    }

    private static void checkAgainst(RuleContext context, FindingCollector findings, DeclaredRetention retention,
            Set<String> categories) {
        if (!retention.isValid()) {
            return;
        }
        for (String name : categories) {
            Category category = context.policy().categories().get(name);
            if (category == null) {
                continue;
            }
            OptionalInt maxDays = category.retention().maxDays();
            if (maxDays.isPresent() && (retention.untilDeleted() || retention.days() > maxDays.getAsInt())) {
                ProgramElement element = retention.element();
                findings.report(new Anchor.AtAnnotation(element, PrivacyAnnotations.RETAIN), element.kindWord() + " "
                        + element.displayName() + " keeps personal data of category '" + name + "' "
                        + retention.describe() + ", but the agreement keeps it at most " + maxDays.getAsInt() + " days");
                return;
            }
        }
    }

    private static void checkLogging(RuleContext context, FindingCollector findings) {
        OptionalInt maxDays = context.policy().logDataMaxDays();
        if (maxDays.isEmpty()) {
            return;
        }
        for (LogRetention retention : LogRetentionReader.read(context.resourceRoots(), context.diagnostics())) {
            if (retention.days() > maxDays.getAsInt()) {
                String kept = retention.unbounded() ? "keeps log files forever"
                        : "keeps log files up to " + Math.round(Math.ceil(retention.days())) + " days";
                findings.report(new Anchor.AtFile(retention.location(), "appender " + retention.appender()),
                        "appender '" + retention.appender() + "' " + kept + " (" + retention.setting()
                        + "), but the agreement keeps log data at most " + maxDays.getAsInt() + " days");
            }
        }
    }
}
