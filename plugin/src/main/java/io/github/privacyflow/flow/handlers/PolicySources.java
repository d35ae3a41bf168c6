package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.flow.ClassNames;
import io.github.privacyflow.flow.DataSource;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.calls.ResolvedCall;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.model.ParameterModel;
import io.github.privacyflow.policy.PolicySource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The agreement's {@code sources:}: fields, method results and parameters the policy names as
 * personal data, for code the team cannot annotate (generated classes, a dependency's types).
 * An entry whose category the agreement does not define is left out; the policy loader has
 * already said so.
 */
final class PolicySources implements SourceHandler {

    private record Entry(MemberPattern pattern, PolicySource source) {
    }

    private final HandlerContext context;
    private final List<Entry> entries = new ArrayList<>();

    PolicySources(HandlerContext context) {
        this.context = context;
        for (PolicySource source : context.policy().sources()) {
            if (context.policy().categories().containsKey(source.category())) {
                entries.add(new Entry(MemberPattern.of(source.member()), source));
            }
        }
    }

    @Override
    public Optional<Label> field(String owner, String name) {
        Optional<Label> label = Optional.empty();
        for (Entry entry : entries) {
            if (entry.source().target() == PolicySource.Target.FIELD
                    && entry.pattern().internalClass().equals(owner) && entry.pattern().name().equals(name)) {
                // Two entries for one field share the key, so the label is the first entry's.
                label = Optional.of(context.labels().data("policy field " + owner + "#" + name, new DataSource(
                        ClassNames.simple(owner) + "." + name, entry.source().category(), false, owner, null)));
            }
        }
        return label;
    }

    @Override
    public Optional<Label> result(ResolvedCall call) {
        for (Entry entry : entries) {
            if (entry.source().target() == PolicySource.Target.METHOD
                    && entry.pattern().matches(context.hierarchy(), call.owner(), call.name(), call.descriptor())) {
                return Optional.of(context.labels().data("policy method " + entry.source().member(), new DataSource(
                        ClassNames.simple(entry.pattern().internalClass()) + "." + call.name() + "()",
                        entry.source().category(), false, null, null)));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Label> parameter(MethodModel method, int index) {
        for (Entry entry : entries) {
            if (entry.source().target() == PolicySource.Target.PARAMETER && entry.source().index() == index
                    && entry.pattern().matchesMethod(method.name(), method.descriptor())
                    && context.hierarchy().isSubtype(method.declaringClass().internalName(), entry.pattern().internalClass())) {
                ParameterModel parameter = method.parameters().get(index);
                return Optional.of(context.labels().data("policy parameter " + parameter.signature(), new DataSource(
                        parameter.displayName(), entry.source().category(), false, null, new Anchor.AtElement(parameter))));
            }
        }
        return Optional.empty();
    }
}
