package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.SinkSpec;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.policy.PolicySink;
import java.util.ArrayList;
import java.util.List;

/**
 * The agreement's {@code sinks:}: methods the policy names as sinks of a kind (all their
 * arguments or one), and methods whose return value leaves the system ({@code returns:}).
 */
final class PolicySinks implements SinkHandler {

    private record Entry(MemberPattern pattern, PolicySink sink) {
    }

    private final HandlerContext context;
    private final List<Entry> entries = new ArrayList<>();

    PolicySinks(HandlerContext context) {
        this.context = context;
        for (PolicySink sink : context.policy().sinks()) {
            entries.add(new Entry(MemberPattern.of(sink.method()), sink));
        }
    }

    @Override
    public List<SinkSpec> memberSinks(String owner, String name, String descriptor) {
        List<SinkSpec> found = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.sink().target() != PolicySink.Target.RETURNS
                    && entry.pattern().matches(context.hierarchy(), owner, name, descriptor)) {
                SinkSpec.Sunk sunk = entry.sink().target() == PolicySink.Target.METHOD
                        ? SinkSpec.Sunk.ALL : SinkSpec.Sunk.argument(entry.sink().index());
                found.add(new SinkSpec(entry.sink().kind(), null, sunk, 0, "policy"));
            }
        }
        return found;
    }

    @Override
    public List<SinkSpec> returnSinks(MethodModel method) {
        List<SinkSpec> found = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.sink().target() == PolicySink.Target.RETURNS
                    && entry.pattern().matchesMethod(method.name(), method.descriptor())
                    && context.hierarchy().isSubtype(method.declaringClass().internalName(), entry.pattern().internalClass())) {
                found.add(new SinkSpec(entry.sink().kind(), null, SinkSpec.Sunk.RETURNED, 0, "policy"));
            }
        }
        return found;
    }
}
