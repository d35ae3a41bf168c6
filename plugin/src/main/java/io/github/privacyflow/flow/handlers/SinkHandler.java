package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.SinkSpec;
import io.github.privacyflow.model.MethodModel;
import java.util.List;
import java.util.Optional;

/**
 * Where personal data leaves the system. The core asks the sink handlers at every call and at
 * every return; what they answer is united, except that a call takes at most one
 * {@link #declaredSink} (the first program method that declares one).
 *
 * <p>{@link #memberSinks} may depend only on what the call instruction names, so the answer is
 * asked once per member and kept; what depends on the program methods a call may run goes in
 * {@link #declaredSink}.
 */
public interface SinkHandler {

    /**
     * The sinks any call of a member reaches, whichever class's method runs.
     *
     * @param owner the class the call names
     * @param name the method's name
     * @param descriptor the method's descriptor
     * @return the sinks, empty when the member is no sink this handler knows
     */
    default List<SinkSpec> memberSinks(String owner, String name, String descriptor) {
        return List.of();
    }

    /**
     * The sink a program method declares itself to be, asked for each method a call may run
     * and for the method the call names.
     *
     * @param method a program method
     * @return the sink, or empty
     */
    default Optional<SinkSpec> declaredSink(MethodModel method) {
        return Optional.empty();
    }

    /**
     * The sinks a program method's return value reaches (the caller is outside the analysis,
     * e.g. a web framework serialising the response).
     *
     * @param method a program method
     * @return the sinks, with {@link SinkSpec.Sunk#RETURNED}; empty when its result stays inside
     */
    default List<SinkSpec> returnSinks(MethodModel method) {
        return List.of();
    }
}
