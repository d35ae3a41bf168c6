package io.github.privacyflow.rules;

import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.flow.FlowResult;
import io.github.privacyflow.model.MethodModel;
import java.util.Map;

/**
 * PF009: a request entry point stores personal data on a path that passes no
 * {@code @ConsentGate} call before the store.
 */
@RuleInfo(id = "PF009", name = "missing-consent-gate", severity = Severity.ERROR,
        summary = "A request entry point stores personal data while some path to the store passes no @ConsentGate call first.",
        clause = "special condition: only end users of at least the minimum age of consent, with consents obtained and kept")
public final class MissingConsentGateRule implements Rule {

    @Override
    public void check(RuleContext context, FindingCollector findings) {
        for (Map.Entry<MethodModel, FlowResult.StoreSite> entry : context.flow().entryPointStores().entrySet()) {
            MethodModel entryPoint = entry.getKey();
            FlowResult.StoreSite store = entry.getValue();
            findings.report(new Anchor.AtElement(entryPoint), "request entry point " + entryPoint.displayName()
                    + " stores personal data " + FlowFacts.describe(store.data()) + " through " + store.callee() + " ("
                    + store.kind() + ") in " + store.method().displayName() + " before any @ConsentGate call on some path; "
                    + "the agreement requires the end user's consent and minimum age first; to fix it, call a @ConsentGate "
                    + "method (one that checks the end user's consent and age) on every path from the entry point before the store",
                    FlowFacts.path(store.data()));
        }
    }
}
