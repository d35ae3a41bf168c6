package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.SinkSpec;
import io.github.privacyflow.flow.calls.ResolvedCall;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.policy.Policy;
import io.github.privacyflow.policy.SinkKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sink handlers of one analysis as the core asks them: every handler's member sinks, kept
 * per member, plus the first sink a program method the call may run declares.
 */
public final class Sinks {

    private record MemberKey(String owner, String name, String descriptor) {
    }

    private final List<SinkHandler> handlers;
    private final Policy policy;
    private final Map<MemberKey, List<SinkSpec>> memberSinks = new HashMap<>();

    Sinks(List<SinkHandler> handlers, Policy policy) {
        this.handlers = List.copyOf(handlers);
        this.policy = policy;
    }

    /**
     * The sinks a call reaches.
     *
     * @param call the call as resolved
     * @return the sinks, in handler order
     */
    public List<SinkSpec> at(ResolvedCall call) {
        MemberKey key = new MemberKey(call.owner(), call.name(), call.descriptor());
        List<SinkSpec> known = memberSinks.get(key);
        if (known == null) {
            List<SinkSpec> found = new ArrayList<>();
            for (SinkHandler handler : handlers) {
                found.addAll(handler.memberSinks(call.owner(), call.name(), call.descriptor()));
            }
            known = List.copyOf(found);
            memberSinks.put(key, known);
        }
        for (MethodModel candidate : call.candidates()) {
            for (SinkHandler handler : handlers) {
                Optional<SinkSpec> declared = handler.declaredSink(candidate);
                if (declared.isPresent()) {
                    List<SinkSpec> withDeclared = new ArrayList<>(known);
                    withDeclared.add(declared.get());
                    return withDeclared;
                }
            }
        }
        return known;
    }

    /**
     * The sinks a program method's return value reaches.
     *
     * @param method the method
     * @return the sinks, in handler order
     */
    public List<SinkSpec> ofReturn(MethodModel method) {
        List<SinkSpec> found = new ArrayList<>();
        for (SinkHandler handler : handlers) {
            found.addAll(handler.returnSinks(method));
        }
        return found;
    }

    /**
     * Tells whether a sink stores data: a storing kind, or an {@code @Sink} processor that the
     * agreement says receives one.
     *
     * @param sink the sink
     * @return whether data sent there is kept
     */
    public boolean stores(SinkSpec sink) {
        if (sink.kind() != null) {
            return sink.stores();
        }
        return policy.processor(sink.processor())
                .map(processor -> processor.sinks().stream().anyMatch(kind -> SinkKind.fromId(kind)
                        .map(SinkKind::isStorage).orElse(false)))
                .orElse(false);
    }
}
