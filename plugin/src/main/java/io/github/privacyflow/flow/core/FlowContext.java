package io.github.privacyflow.flow.core;

import io.github.privacyflow.classify.DataClassifier;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.LabelTable;
import io.github.privacyflow.flow.calls.CallGraph;
import io.github.privacyflow.flow.calls.CallResolver;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.flow.calls.FieldResolver;
import io.github.privacyflow.flow.handlers.HandlerContext;
import io.github.privacyflow.flow.handlers.Handlers;
import io.github.privacyflow.model.Diagnostics;
import io.github.privacyflow.model.FieldModel;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.policy.Policy;
import io.github.privacyflow.run.Budget;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The state one flow analysis shares between methods: resolution, the handlers, the label
 * table, and what the fixed point has learnt so far (each method's summary and the data in
 * each field).
 */
final class FlowContext {

    final ClassHierarchy hierarchy;
    final CallResolver calls;
    final FieldResolver fields;
    final LabelTable labels = new LabelTable();
    final Handlers handlers;
    final Diagnostics diagnostics;
    final Budget budget;
    final Map<MethodModel, Summary> summaries = new HashMap<>();
    final Map<String, LabelSet> fieldTaint = new HashMap<>();
    /** The call graph, once built: who binds a method's summary. */
    CallGraph graph;
    /**
     * The methods that took a field's program-wide data, beyond those whose code reads it: a
     * caller binding a getter's summary to an object it cannot name reads the field too.
     */
    private final Map<String, java.util.Set<MethodModel>> fieldReaders = new HashMap<>();

    /** The program field behind each field key, looked up once: the engine asks at every field write and read. */
    private final Map<String, Optional<FieldModel>> declaredFields = new HashMap<>();
    private final Map<String, String> fieldNames = new HashMap<>();

    /** Each method's code with its constant branches decided, computed once: most methods have none and are their own. */
    private final Map<MethodModel, org.objectweb.asm.tree.MethodNode> prunedCode = new HashMap<>();

    /** The code the flow analysis follows for a method: its own, less the arms of branches that cannot be taken. */
    org.objectweb.asm.tree.MethodNode prunedCode(MethodModel method) {
        return prunedCode.computeIfAbsent(method, m -> DeadBranches.pruned(m.declaringClass().internalName(), m.node()));
    }

    /** Summaries of methods specialised to a receiver class, with the target's own summary they were made from. */
    final Map<java.util.List<Object>, Object[]> specialised = new HashMap<>();
    /** Whether a specialised run is going on: specialisations do not nest. */
    boolean specialising;

    /** Records that a method took what the program writes into a field, so a new write reruns it. */
    void readsField(String key, MethodModel method) {
        fieldReaders.computeIfAbsent(key, k -> new java.util.LinkedHashSet<>()).add(method);
    }

    /** The methods that took a field's program-wide data so far. */
    java.util.Set<MethodModel> readersOf(String key) {
        return fieldReaders.getOrDefault(key, java.util.Set.of());
    }

    FlowContext(ClassHierarchy hierarchy, DataClassifier classifier, Policy policy, String inferredCategory,
            Diagnostics diagnostics, Budget budget, Function<HandlerContext, Handlers> handlers) {
        this.hierarchy = hierarchy;
        this.calls = new CallResolver(hierarchy);
        this.fields = new FieldResolver(hierarchy);
        this.diagnostics = diagnostics;
        this.budget = budget;
        this.handlers = handlers.apply(new HandlerContext(hierarchy, calls, fields, classifier, policy, labels, inferredCategory));
    }

    /** Whether no method of the program calls this one, so nothing binds what its summary leaves to callers. */
    boolean uncalled(MethodModel method) {
        return graph == null || graph.callersOf(method).isEmpty();
    }

    /**
     * The program field a field key names.
     *
     * @param key a key from {@link FieldResolver#key}
     * @return the field, empty for a field of library code
     */
    Optional<FieldModel> declaredField(String key) {
        return declaredFields.computeIfAbsent(key, k -> {
            int hash = k.indexOf('#');
            return hash < 0 ? Optional.empty() : fields.field(k.substring(0, hash), k.substring(hash + 1));
        });
    }

    /**
     * A field key as a path step names it ({@link FieldTransfer#displayName}), worked out once
     * per field: every read and every bound summary names its field.
     *
     * @param key the field's key
     * @return e.g. {@code Owner.name}
     */
    String fieldName(String key) {
        return fieldNames.computeIfAbsent(key, FieldTransfer::displayName);
    }
}
