package io.github.privacyflow.flow.calls;

import io.github.privacyflow.model.MethodModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * The program's call graph, resolved once by class hierarchy before the fixed point starts, and
 * who reads which field: the fixed point re-analyses a method's callers when its summary
 * changes, and a field's readers when data is written into it.
 */
public final class CallGraph {

    private final Map<MethodModel, Set<MethodModel>> callers = new HashMap<>();
    private final Map<MethodModel, List<MethodModel>> callees = new HashMap<>();
    private final Map<String, Set<MethodModel>> readers = new HashMap<>();

    private CallGraph() {
    }

    /**
     * Builds the graph of some methods.
     *
     * @param hierarchy the program's hierarchy, for the methods an {@code invokedynamic} hands on
     * @param calls how calls resolve
     * @param fields how field instructions resolve
     * @param methods the methods with code
     * @return the graph
     */
    public static CallGraph build(ClassHierarchy hierarchy, CallResolver calls, FieldResolver fields, List<MethodModel> methods) {
        return build(hierarchy, calls, fields, methods, (caller, call) -> List.of());
    }

    /**
     * Builds the graph of some methods, with the program's callbacks that library calls run.
     *
     * @param hierarchy the program's hierarchy, for the methods an {@code invokedynamic} hands on
     * @param calls how calls resolve
     * @param fields how field instructions resolve
     * @param methods the methods with code
     * @param callbacks the program methods a library call made in a method runs (a loading cache's
     *     {@code get} runs the loader its class built it with), so that they settle before the caller
     * @return the graph
     */
    public static CallGraph build(ClassHierarchy hierarchy, CallResolver calls, FieldResolver fields, List<MethodModel> methods,
            java.util.function.BiFunction<MethodModel, MethodInsnNode, List<MethodModel>> callbacks) {
        CallGraph graph = new CallGraph();
        for (MethodModel method : methods) {
            Set<MethodModel> called = new LinkedHashSet<>();
            for (AbstractInsnNode insn : method.node().instructions) {
                if (insn instanceof MethodInsnNode call) {
                    List<MethodModel> targets = calls.targets(call.getOpcode(), call.owner, call.name, call.desc);
                    called.addAll(targets);
                    if (targets.isEmpty()) {
                        called.addAll(callbacks.apply(method, call));
                    }
                } else if (insn instanceof InvokeDynamicInsnNode dynamic) {
                    for (Object argument : dynamic.bsmArgs) {
                        if (argument instanceof Handle handle) {
                            hierarchy.programClass(handle.getOwner())
                                    .flatMap(type -> type.method(handle.getName(), handle.getDesc()))
                                    .ifPresent(called::add);
                        }
                    }
                } else if (insn instanceof FieldInsnNode field
                        && (insn.getOpcode() == Opcodes.GETFIELD || insn.getOpcode() == Opcodes.GETSTATIC)) {
                    graph.readers.computeIfAbsent(fields.key(field.owner, field.name), key -> new LinkedHashSet<>())
                            .add(method);
                }
            }
            graph.callees.put(method, List.copyOf(called));
            for (MethodModel callee : called) {
                graph.callers.computeIfAbsent(callee, key -> new LinkedHashSet<>()).add(method);
            }
        }
        return graph;
    }

    /**
     * Returns a method's callers.
     *
     * @param method a program method
     * @return the methods that may call it, in the order first seen
     */
    public Set<MethodModel> callersOf(MethodModel method) {
        return callers.getOrDefault(method, Set.of());
    }

    /**
     * Returns the readers of a field.
     *
     * @param field a key from {@link FieldResolver#key}
     * @return the methods that read it
     */
    public Set<MethodModel> readersOf(String field) {
        return readers.getOrDefault(field, Set.of());
    }

    /** @return every program method's callers, for purpose resolution */
    public Map<MethodModel, Set<MethodModel>> callers() {
        return callers;
    }

    /**
     * Orders methods so that callees come before their callers, where the graph allows (a
     * depth-first post-order, without recursion so deep call chains cannot overflow the stack).
     *
     * @param methods the roots, in order
     * @return the methods, callees first
     */
    public List<MethodModel> calleesFirst(List<MethodModel> methods) {
        List<MethodModel> order = new ArrayList<>(methods.size());
        Set<MethodModel> visited = new HashSet<>();
        for (MethodModel root : methods) {
            if (!visited.add(root)) {
                continue;
            }
            Deque<Object[]> stack = new ArrayDeque<>();
            stack.push(new Object[] {root, 0});
            while (!stack.isEmpty()) {
                Object[] top = stack.peek();
                MethodModel current = (MethodModel) top[0];
                int next = (Integer) top[1];
                List<MethodModel> children = callees.getOrDefault(current, List.of());
                if (next < children.size()) {
                    top[1] = next + 1;
                    MethodModel child = children.get(next);
                    if (callees.containsKey(child) && visited.add(child)) {
                        stack.push(new Object[] {child, 0});
                    }
                } else {
                    stack.pop();
                    order.add(current);
                }
            }
        }
        return order;
    }
}
