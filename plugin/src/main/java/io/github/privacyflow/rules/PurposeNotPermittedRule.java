package io.github.privacyflow.rules;

import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.flow.TaintFlow;
import io.github.privacyflow.flow.PurposeResolver;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.policy.Category;
import java.util.Set;
import java.util.TreeSet;

/**
 * PF004: personal data reaches a sink for a purpose the agreement does not permit for its
 * category (an undefined purpose, e.g. {@code analytics}, is permitted for none).
 */
@RuleInfo(id = "PF004", name = "purpose-not-permitted", severity = Severity.ERROR,
        summary = "The purposes in scope at a sink are not permitted for the category of the personal data reaching it.",
        clause = "purposes: provide-feature for both categories; troubleshooting for user interaction data only")
public final class PurposeNotPermittedRule implements Rule {

    @Override
    public void check(RuleContext context, FindingCollector findings) {
        PurposeResolver purposes = new PurposeResolver(context.flow());
        for (TaintFlow finding : context.flow().flows()) {
            Set<String> forbidden = new TreeSet<>();
            String category = null;
            LabelSet data = LabelSet.EMPTY;
            for (TaintFlow.Context flowContext : finding.contexts()) {
                for (Set<String> inScope : purposes.inScope(flowContext.chain())) {
                    for (String name : FlowFacts.categories(flowContext.data())) {
                        Category declared = context.policy().categories().get(name);
                        if (declared == null) {
                            continue;
                        }
                        for (String purpose : inScope) {
                            if (!declared.purposes().contains(purpose) && (category == null || category.equals(name))) {
                                category = name;
                                forbidden.add(purpose);
                                data = data.union(FlowFacts.ofCategory(flowContext.data(), name));
                            }
                        }
                    }
                }
            }
            if (category != null) {
                Category declared = context.policy().categories().get(category);
                findings.report(FlowFacts.at(context, finding), "personal data " + FlowFacts.describe(data) + " of category '" + category
                        + "' reaches " + finding.describeSink() + " for purpose" + (forbidden.size() > 1 ? "s '" : " '")
                        + String.join("', '", forbidden) + "', which the agreement does not permit for " + category
                        + " (permitted: " + String.join(", ", declared.purposes()) + ")", FlowFacts.path(data),
                        FlowFacts.fact(context, finding, data, category + " for " + forbidden));
            }
        }
    }
}
