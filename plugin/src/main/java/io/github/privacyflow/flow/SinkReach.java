package io.github.privacyflow.flow;

import io.github.privacyflow.model.MethodModel;
import java.util.List;

/**
 * Labelled values reaching a sink call: where (method and line), which sink, the labels with
 * their witnesses, the chain of methods from where the labels are known down to the sink's
 * method, and whether a consent gate had been passed on the way. Immutable; seeing a hit from
 * a caller shares everything but the labels and one chain node.
 */
public final class SinkReach {

    private final MethodModel method;
    private final int line;
    private final String callee;
    private final SinkSpec spec;
    private final LabelSet labels;
    private final CallChain chain;
    private final boolean unconsented;
    private final String siteKey;

    private SinkReach(MethodModel method, int line, String callee, SinkSpec spec, LabelSet labels, CallChain chain,
            boolean unconsented, String siteKey) {
        this.method = method;
        this.line = line;
        this.callee = callee;
        this.spec = spec;
        this.labels = labels;
        this.chain = chain;
        this.unconsented = unconsented;
        this.siteKey = siteKey;
    }

    /**
     * A hit at a sink call in the method that makes it.
     *
     * @param method the method holding the sink call
     * @param line the sink call's line
     * @param callee the called sink, for messages, e.g. {@code Logger.info}
     * @param spec the sink
     * @param labels what reaches it
     * @param unconsented whether no consent gate was passed between the method's entry and the sink
     * @return the hit
     */
    public static SinkReach at(MethodModel method, int line, String callee, SinkSpec spec, LabelSet labels, boolean unconsented) {
        String key = method.signature() + ":" + line + ":" + callee + ":" + spec.kind() + ":" + spec.processor();
        return new SinkReach(method, line, callee, spec, labels, CallChain.of(method), unconsented, key);
    }

    /** @return the method holding the sink call (or, once placed, the call leading to it) */
    public MethodModel method() {
        return method;
    }

    /** @return the call's line */
    public int line() {
        return line;
    }

    /** @return the called sink, for messages */
    public String callee() {
        return callee;
    }

    /** @return the sink */
    public SinkSpec spec() {
        return spec;
    }

    /** @return what reaches the sink, each label with its witness */
    public LabelSet labels() {
        return labels;
    }

    /** @return the methods from the one the labels belong to down to {@link #method()} */
    public List<MethodModel> chain() {
        return chain;
    }

    /** @return whether no consent gate was passed on the way */
    public boolean unconsented() {
        return unconsented;
    }

    /** @return the sink call site, which identifies a finding */
    public String siteKey() {
        return siteKey;
    }

    /**
     * The same hit with other labels.
     *
     * @param newLabels the labels
     * @return the hit, {@code this} when the labels are the same object
     */
    public SinkReach withLabels(LabelSet newLabels) {
        return newLabels == labels ? this : new SinkReach(method, line, callee, spec, newLabels, chain, unconsented, siteKey);
    }

    /**
     * The same hit placed at a call in another method, keeping its chain and path: a flow that
     * leaves the module's own code for an upstream module's sink is reported at the module's
     * own call into that code.
     *
     * @param caller the module's own method making the call
     * @param callLine the call's line
     * @param called the sink and the call that leads to it, e.g. {@code Logger.info via AuditLog.record}
     * @return the hit at the call
     */
    public SinkReach placedAt(MethodModel caller, int callLine, String called) {
        String key = caller.signature() + ":" + callLine + ":" + called + ":" + spec.kind() + ":" + spec.processor();
        return new SinkReach(caller, callLine, called, spec, labels, chain, unconsented, key);
    }

    /**
     * The same hit seen from a caller: the caller joins the chain, and consent may have been
     * given there.
     *
     * @param caller the calling method
     * @param newLabels the labels in the caller's terms
     * @param consentAtCall whether the caller passed a consent gate before the call
     * @return the hit as the caller sees it
     */
    public SinkReach fromCaller(MethodModel caller, LabelSet newLabels, boolean consentAtCall) {
        return new SinkReach(method, line, callee, spec, newLabels, chain.calledFrom(caller), unconsented && !consentAtCall, siteKey);
    }
}
