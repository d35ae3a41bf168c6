package io.github.privacyflow.flow;

import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.model.PrivacyAnnotations;
import io.github.privacyflow.model.ProgramElement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves the purposes in scope at a sink (SPEC §3): the sink's method, then its class (and
 * enclosing classes), then its package; then the same for each caller on the path, outward;
 * and past the path's start, for every method that calls it. Each distinct answer is a
 * calling context; an empty set means no purpose was declared anywhere on the way.
 */
public final class PurposeResolver {

    /** No purpose in scope. */
    public static final Set<String> UNDECLARED = Set.of();

    private final FlowResult flow;
    private final Map<MethodModel, Set<Set<String>>> callerContexts = new HashMap<>();

    /**
     * Creates a resolver over a flow result's call graph.
     *
     * @param flow the flow result
     */
    public PurposeResolver(FlowResult flow) {
        this.flow = flow;
    }

    /**
     * The purposes in scope along a chain of methods (outermost first, sink's method last).
     *
     * @param chain the methods from where the data is read to the sink
     * @return the distinct sets of purposes in scope, one per calling context
     */
    public Set<Set<String>> inScope(List<MethodModel> chain) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            Optional<Set<String>> declared = declared(chain.get(i));
            if (declared.isPresent()) {
                return Set.of(declared.get());
            }
        }
        return callerContexts(chain.get(0));
    }

    /**
     * The purposes a method, its classes or its package declare, nearest first.
     *
     * @param method the method
     * @return the purposes, or empty when none is declared there
     */
    public Optional<Set<String>> declared(MethodModel method) {
        Optional<Set<String>> own = purposeOf(method);
        if (own.isPresent()) {
            return own;
        }
        Optional<MethodModel> enclosing = enclosingOfLambda(method);
        if (enclosing.isPresent()) {
            own = purposeOf(enclosing.get());
            if (own.isPresent()) {
                return own;
            }
        }
        for (ProgramElement type = method.declaringClass(); type != null; type = type.enclosing()) {
            Optional<Set<String>> onType = purposeOf(type);
            if (onType.isPresent()) {
                return onType;
            }
        }
        List<String> onPackage = flow.packagePurposes().get(method.declaringClass().packageName());
        return onPackage == null ? Optional.empty() : Optional.of(Set.copyOf(new TreeSet<>(onPackage)));
    }

    private static Optional<Set<String>> purposeOf(ProgramElement element) {
        return element.annotation(PrivacyAnnotations.PURPOSE).map(purpose -> Set.copyOf(new TreeSet<>(purpose.strings("value"))));
    }

    /** A lambda body ({@code lambda$join$0}) runs on behalf of the method it is written in. */
    private static Optional<MethodModel> enclosingOfLambda(MethodModel method) {
        String name = method.name();
        if (!method.isSynthetic() || !name.startsWith("lambda$")) {
            return Optional.empty();
        }
        String[] parts = name.split("\\$");
        if (parts.length < 3) {
            return Optional.empty();
        }
        String enclosing = parts[1].equals("new") ? "<init>" : parts[1].equals("static") ? "<clinit>" : parts[1];
        ClassModel type = method.declaringClass();
        for (MethodModel candidate : type.methods()) {
            if (candidate.name().equals(enclosing)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The contexts reached through a method's callers: a caller declaring purposes ends the
     * search there; a method nobody calls is an entry with no purpose. Computed without
     * recursion, so deep call chains cannot overflow the stack.
     */
    private Set<Set<String>> callerContexts(MethodModel start) {
        Set<Set<String>> known = callerContexts.get(start);
        if (known != null) {
            return known;
        }
        // Walk up the callers that declare nothing, then settle contexts from the top down.
        List<MethodModel> order = new ArrayList<>();
        Set<MethodModel> seen = new LinkedHashSet<>();
        Deque<MethodModel> pending = new ArrayDeque<>();
        pending.push(start);
        seen.add(start);
        while (!pending.isEmpty()) {
            MethodModel current = pending.pop();
            order.add(current);
            for (MethodModel caller : flow.callers().getOrDefault(current, Set.of())) {
                if (declared(caller).isEmpty() && !callerContexts.containsKey(caller) && seen.add(caller)) {
                    pending.push(caller);
                }
            }
        }
        // Iterate to a fixed point over this region: call cycles settle once every member has all contexts.
        boolean changed = true;
        Map<MethodModel, Set<Set<String>>> region = new HashMap<>();
        while (changed) {
            changed = false;
            for (int i = order.size() - 1; i >= 0; i--) {
                MethodModel method = order.get(i);
                Set<Set<String>> contexts = new LinkedHashSet<>();
                Set<MethodModel> callers = flow.callers().getOrDefault(method, Set.of());
                if (callers.isEmpty()) {
                    contexts.add(UNDECLARED);
                }
                for (MethodModel caller : callers) {
                    Optional<Set<String>> declared = declared(caller);
                    if (declared.isPresent()) {
                        contexts.add(declared.get());
                    } else if (callerContexts.containsKey(caller)) {
                        contexts.addAll(callerContexts.get(caller));
                    } else {
                        contexts.addAll(region.getOrDefault(caller, Set.of()));
                    }
                }
                if (!contexts.equals(region.get(method))) {
                    region.put(method, contexts);
                    changed = true;
                }
            }
        }
        for (Map.Entry<MethodModel, Set<Set<String>>> entry : region.entrySet()) {
            Set<Set<String>> contexts = entry.getValue().isEmpty() ? Set.of(UNDECLARED) : entry.getValue();
            callerContexts.put(entry.getKey(), contexts);
        }
        return callerContexts.get(start);
    }
}
