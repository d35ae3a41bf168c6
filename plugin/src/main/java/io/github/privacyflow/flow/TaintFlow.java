package io.github.privacyflow.flow;

import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.policy.Policy;
import io.github.privacyflow.policy.Processor;
import java.util.ArrayList;
import java.util.List;

/**
 * Personal data reaching one sink call, as the flow rules see it: the site, the sink, and one
 * or more calling contexts, each with the data that arrives through it.
 *
 * @param method the method holding the sink call
 * @param line the sink call's line
 * @param callee the called sink, e.g. {@code Logger.info}
 * @param kind the sink kind, or {@code null} for an {@code @Sink} method
 * @param processor the processor an {@code @Sink} method names, or {@code null}
 * @param contexts the ways data arrives, each with its chain of methods
 */
public record TaintFlow(MethodModel method, int line, String callee, String kind, String processor,
        List<Context> contexts) {

    /**
     * One way data reaches the sink.
     *
     * @param chain the methods from where the data is read down to the sink's method
     * @param data the personal data, each label with the path that brought it
     */
    public record Context(List<MethodModel> chain, LabelSet data) {
    }

    /**
     * Returns the sink as messages name it, e.g. {@code Logger.info (logging)}.
     *
     * @return the description
     */
    public String describeSink() {
        return callee + " (" + (kind != null ? kind : "@Sink processor " + processor) + ")";
    }

    /**
     * Returns the processors the sink hands data to: the one an {@code @Sink} method names,
     * otherwise every processor the agreement lists for the sink kind.
     *
     * @param policy the agreement
     * @return the processor names, in file order; empty when no processor receives the kind
     */
    public List<String> receivingProcessors(Policy policy) {
        if (processor != null) {
            return List.of(processor);
        }
        List<String> names = new ArrayList<>();
        for (Processor receiving : policy.processorsForSinkKind(kind)) {
            names.add(receiving.name());
        }
        return names;
    }
}
