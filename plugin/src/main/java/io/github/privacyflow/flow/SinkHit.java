package io.github.privacyflow.flow;

import io.github.privacyflow.model.MethodModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled values reaching a sink call: where (method and line), which sink, the labels with
 * their witnesses, the chain of methods from where the labels are known down to the sink's
 * method, and whether a consent gate had been passed on the way.
 *
 * @param method the method holding the sink call
 * @param line the sink call's line
 * @param callee the called sink, for messages, e.g. {@code Logger.info}
 * @param spec the sink
 * @param labels what reaches it
 * @param chain the methods from the one the labels belong to down to {@link #method()}
 * @param unconsented whether no consent gate was passed between the chain's first method's entry and the sink
 */
record SinkHit(MethodModel method, int line, String callee, SinkSpec spec, LabelSet labels, List<MethodModel> chain,
        boolean unconsented) {

    /** The sink call site, which identifies a finding. */
    String siteKey() {
        return method.signature() + ":" + line + ":" + callee + ":" + spec.kind() + ":" + spec.processor();
    }

    SinkHit withLabels(LabelSet newLabels) {
        return new SinkHit(method, line, callee, spec, newLabels, chain, unconsented);
    }

    /** The same hit seen from a caller: the caller joins the chain, and consent may have been given there. */
    SinkHit fromCaller(MethodModel caller, LabelSet newLabels, boolean consentAtCall) {
        List<MethodModel> longer = new ArrayList<>(chain.size() + 1);
        longer.add(caller);
        longer.addAll(chain);
        return new SinkHit(method, line, callee, spec, newLabels, List.copyOf(longer), unconsented && !consentAtCall);
    }
}
