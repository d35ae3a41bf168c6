package io.github.privacyflow.flow;

import io.github.privacyflow.model.MethodModel;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the flow analysis found, for the flow rules: personal data at sinks, the types whose
 * instances or data reach a store, the request entry points that store personal data before
 * any consent gate, and the callers of every method (for resolving purposes).
 *
 * @param flows personal data at sink calls, sorted by method and line
 * @param storedTypes internal names of types holding personal data that reach a store, with the first such store
 * @param entryPointStores request entry points that store personal data with no consent gate first, with the store
 * @param callers each program method's callers
 * @param packagePurposes the {@code @Purpose} of each package of the program that declares one
 * @param fieldData what the program writes into each of its fields that receives personal data,
 *     program-wide, by field ({@code owner#name}, the owner as an internal name): the data labels only
 */
public record FlowResult(List<TaintFlow> flows, Map<String, StoreSite> storedTypes,
        Map<MethodModel, StoreSite> entryPointStores, Map<MethodModel, Set<MethodModel>> callers,
        Map<String, List<String>> packagePurposes, Map<String, LabelSet> fieldData) {

    /**
     * A result with no field data, for callers that only need flows and call sites.
     *
     * @param flows personal data at sink calls
     * @param storedTypes types holding personal data that reach a store
     * @param entryPointStores request entry points that store personal data with no consent gate first
     * @param callers each program method's callers
     * @param packagePurposes the {@code @Purpose} of each package that declares one
     */
    public FlowResult(List<TaintFlow> flows, Map<String, StoreSite> storedTypes, Map<MethodModel, StoreSite> entryPointStores,
            Map<MethodModel, Set<MethodModel>> callers, Map<String, List<String>> packagePurposes) {
        this(flows, storedTypes, entryPointStores, callers, packagePurposes, Map.of());
    }

    /**
     * A store the rules cite: where it is, what it calls, and the data with its path.
     *
     * @param method the method holding the store
     * @param line its line
     * @param callee the called store, e.g. {@code EntityManager.persist}
     * @param kind the sink kind
     * @param data the data stored
     */
    public record StoreSite(MethodModel method, int line, String callee, String kind, LabelSet data) {
    }

    /**
     * An empty result, for modules without classes.
     *
     * @return the result
     */
    public static FlowResult empty() {
        return new FlowResult(List.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }
}
