package io.github.privacyflow.rules;

import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.flow.TaintFlow;
import io.github.privacyflow.flow.PurposeResolver;
import io.github.privacyflow.flow.LabelSet;

/**
 * PF003: personal data reaches a sink with no {@code @Purpose} in scope: not on the sink's
 * method, class or package, nor on any method on the path or calling into it.
 */
@RuleInfo(id = "PF003", name = "undeclared-purpose", severity = Severity.ERROR,
        summary = "Personal data reaches a sink and no @Purpose is in scope (method, class, package, or the callers on the path).",
        clause = "purposes: personal data is processed only for the purposes the agreement names")
public final class UndeclaredPurposeRule implements Rule {

    @Override
    public void check(RuleContext context, FindingCollector findings) {
        PurposeResolver purposes = new PurposeResolver(context.flow());
        for (TaintFlow finding : context.flow().flows()) {
            LabelSet undeclared = LabelSet.EMPTY;
            for (TaintFlow.Context flowContext : finding.contexts()) {
                if (purposes.inScope(flowContext.chain()).contains(PurposeResolver.UNDECLARED)) {
                    undeclared = undeclared.union(flowContext.data());
                }
            }
            if (!undeclared.isEmpty()) {
                findings.report(FlowFacts.at(context, finding), "personal data " + FlowFacts.describe(undeclared) + " of "
                        + String.join(", ", FlowFacts.categories(undeclared)) + " reaches " + finding.describeSink()
                        + " with no @Purpose in scope (method, class, package or callers); the agreement allows processing only for "
                        + String.join(", ", context.policy().purposes().keySet()), FlowFacts.path(undeclared),
                        FlowFacts.fact(context, finding, undeclared, "undeclared"));
            }
        }
    }
}
