package io.github.privacyflow.rules;

import io.github.privacyflow.engine.Severity;
import io.github.privacyflow.flow.FlowFinding;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.policy.Category;
import java.util.List;

/**
 * PF005: personal data reaches a sink whose processor the agreement does not list for the
 * data's category: a sink kind maps to the processors whose {@code sinks} name it, and an
 * {@code @Sink(processor)} names its processor directly.
 */
@RuleInfo(id = "PF005", name = "undeclared-processor", severity = Severity.ERROR,
        summary = "Personal data reaches a sink whose processor is not a permitted processor of its category.",
        clause = "processors: Cloud Log Service, Cloud Object Storage and TencentDB for MySQL, per category")
public final class UndeclaredProcessorRule implements Rule {

    @Override
    public void check(RuleContext context, FindingCollector findings) {
        for (FlowFinding finding : context.flow().findings()) {
            LabelSet data = FlowFacts.allData(finding);
            for (String name : FlowFacts.categories(data)) {
                Category category = context.policy().categories().get(name);
                if (category == null) {
                    continue;
                }
                List<String> processors = finding.receivingProcessors(context.policy());
                boolean permitted = processors.stream().anyMatch(category.processors()::contains);
                if (!permitted) {
                    LabelSet ofCategory = FlowFacts.ofCategory(data, name);
                    findings.report(FlowFacts.at(context, finding), "personal data " + FlowFacts.describe(ofCategory) + " of category '"
                            + name + "' reaches " + finding.describeSink() + ", " + describe(finding, processors)
                            + ", which the agreement does not list for " + name + " (listed: "
                            + String.join(", ", category.processors()) + ")", FlowFacts.path(ofCategory));
                    break;
                }
            }
        }
    }

    private static String describe(FlowFinding finding, List<String> processors) {
        if (processors.isEmpty()) {
            return "a sink of kind '" + finding.kind() + "' that no processor of the agreement receives";
        }
        return "handled by " + String.join(", ", processors);
    }
}
