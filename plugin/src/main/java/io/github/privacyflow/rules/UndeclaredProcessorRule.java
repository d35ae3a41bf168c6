package io.github.privacyflow.rules;

import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.flow.TaintFlow;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.policy.Category;
import io.github.privacyflow.policy.Policy;
import java.util.ArrayList;
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
        for (TaintFlow finding : context.flow().flows()) {
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
                            + name + "' reaches " + finding.describeSink() + ", " + describe(context.policy(), finding, processors)
                            + ", which the agreement does not list for " + name + " (listed: "
                            + (category.processors().isEmpty() ? "none" : String.join(", ", category.processors())) + "); "
                            + fix(finding, processors, name), FlowFacts.path(ofCategory),
                            FlowFacts.fact(context, finding, ofCategory, name + " to " + processors));
                    break;
                }
            }
        }
    }

    /** The receiving processors by name and, where the agreement gives one, title. */
    private static String describe(Policy policy, TaintFlow finding, List<String> processors) {
        if (processors.isEmpty()) {
            return "a sink of kind '" + finding.kind() + "' that no processor of the agreement receives";
        }
        List<String> named = new ArrayList<>();
        for (String processor : processors) {
            String title = policy.processorTitle(processor);
            named.add(title.equals(processor) ? processor : processor + " (" + title + ")");
        }
        return "handled by " + String.join(", ", named);
    }

    private static String fix(TaintFlow finding, List<String> processors, String category) {
        if (processors.isEmpty()) {
            return "to fix it, hand the data to a processor the agreement lists for " + category + " instead, or, if the"
                    + " agreement names the service behind this sink, add '" + finding.kind() + "' to the sinks: of that"
                    + " processor and the processor to the processors: of " + category + " in the policy";
        }
        return "to fix it, hand the data to a processor the agreement lists for " + category + " instead, or, if the"
                + " agreement permits it, add " + String.join(" or ", processors) + " to the processors: of " + category
                + " in the policy";
    }
}
