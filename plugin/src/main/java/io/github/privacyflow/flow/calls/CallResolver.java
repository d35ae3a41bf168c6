package io.github.privacyflow.flow.calls;

import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.MethodModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.Opcodes;

/**
 * Resolves calls to the program methods they may run, by class-hierarchy analysis: a static or
 * special call runs the method found from its class up through the super classes and default
 * methods; a virtual or interface call runs that of any program subtype.
 *
 * <p>Bridge methods need no rule of their own: javac emits them as synthetic methods with a
 * body that calls the real method, so a call through the erased signature resolves to the
 * bridge, and the bridge's summary carries the real method's. Lambdas and method references
 * are resolved where they are called, through {@link Lambdas}.
 */
public final class CallResolver {

    /** Virtual calls with more program targets than this fall back to the library model: an
     *  {@code Object.toString()} that could be any class's says nothing about a particular one. */
    private static final int MAX_VIRTUAL_TARGETS = 32;

    /**
     * A virtual call with at least this many targets in anonymous classes is a call of a function
     * value: a program's own functional library ({@code Function.apply}, {@code Option.fold})
     * implemented at every use. Which one runs depends on the value, not on the type, and
     * running them all would make every use return what any use returns.
     */
    private static final int MIN_ANONYMOUS_FUNCTIONS = 8;

    private record CallKey(int opcode, String owner, String name, String descriptor) {
    }

    private final ClassHierarchy hierarchy;
    private final Map<CallKey, List<MethodModel>> targets = new HashMap<>();
    private final Map<CallKey, Optional<MethodModel>> declaredMethods = new HashMap<>();

    /**
     * Creates a resolver over a hierarchy.
     *
     * @param hierarchy the program's hierarchy
     */
    public CallResolver(ClassHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /**
     * Resolves a call instruction as the analysis meets it.
     *
     * @param opcode the invoke opcode
     * @param owner the class the instruction names
     * @param name the method's name
     * @param descriptor the method's descriptor
     * @param receiverClass the receiver's static class as the analysis knows it, or {@code null}
     * @return the resolved call
     */
    public ResolvedCall resolve(int opcode, String owner, String name, String descriptor, String receiverClass) {
        String resolutionOwner = owner;
        boolean virtual = opcode == Opcodes.INVOKEVIRTUAL || opcode == Opcodes.INVOKEINTERFACE;
        if (virtual && receiverClass != null && hierarchy.isSubtype(receiverClass, owner)) {
            // javac names the method's declaring type (Object.toString for an interface receiver);
            // the receiver's own static type narrows what can run.
            resolutionOwner = receiverClass;
        }
        // Calls on Object or on a JDK functional interface say nothing about which class runs: the
        // receiver is most often a lambda, and every class implementing Consumer is not it.
        List<MethodModel> found = virtual && (resolutionOwner.equals("java/lang/Object")
                || resolutionOwner.startsWith("java/util/function/"))
                ? List.of() : targets(opcode, resolutionOwner, name, descriptor);
        Optional<MethodModel> declared = declared(owner, name, descriptor);
        return new ResolvedCall(opcode, owner, name, descriptor, resolutionOwner, declared, found,
                hierarchy.programClass(owner).isPresent());
    }

    /**
     * Resolves a call to the program methods it may run, by class-hierarchy analysis.
     *
     * @param opcode the invoke opcode
     * @param owner the class dispatch starts from
     * @param name the method's name
     * @param descriptor the method's descriptor
     * @return the program methods with bodies; empty for library calls, and for virtual calls
     *     with too many program targets to say anything
     */
    public List<MethodModel> targets(int opcode, String owner, String name, String descriptor) {
        CallKey key = new CallKey(opcode, owner, name, descriptor);
        List<MethodModel> known = targets.get(key);
        if (known != null) {
            return known;
        }
        Set<MethodModel> found = new LinkedHashSet<>();
        resolveConcrete(owner, name, descriptor).ifPresent(found::add);
        if (opcode == Opcodes.INVOKEVIRTUAL || opcode == Opcodes.INVOKEINTERFACE) {
            for (ClassModel subtype : hierarchy.programSubtypes(owner)) {
                if (!subtype.isInterface()) {
                    resolveConcrete(subtype.internalName(), name, descriptor).ifPresent(found::add);
                }
                if (found.size() > MAX_VIRTUAL_TARGETS) {
                    found.clear();
                    break;
                }
            }
            if (found.stream().filter(target -> target.declaringClass().isAnonymous()).count() >= MIN_ANONYMOUS_FUNCTIONS) {
                found.clear();
            }
        }
        List<MethodModel> result = List.copyOf(found);
        targets.put(key, result);
        return result;
    }

    /** The method a call on an exact class runs: declared there, in a super class, or a default method. */
    private Optional<MethodModel> resolveConcrete(String owner, String name, String descriptor) {
        String current = owner;
        // A corrupt class path can make two classes extend each other; each class is seen once.
        Set<String> seen = new HashSet<>();
        while (current != null && seen.add(current)) {
            Optional<ClassModel> model = hierarchy.programClass(current);
            if (model.isEmpty()) {
                break;
            }
            Optional<MethodModel> declared = model.get().method(name, descriptor);
            if (declared.isPresent() && !declared.get().isAbstract()) {
                return declared;
            }
            current = model.get().superName();
        }
        for (String supertype : hierarchy.supertypes(owner)) {
            Optional<MethodModel> defaultMethod = hierarchy.programClass(supertype)
                    .filter(ClassModel::isInterface)
                    .flatMap(type -> type.method(name, descriptor))
                    .filter(method -> !method.isAbstract());
            if (defaultMethod.isPresent()) {
                return defaultMethod;
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the program method a call names, abstract or not, for its annotations: declared in
     * the named class or any of its super types. Looked up once per call target.
     *
     * @param owner the class the instruction names
     * @param name the method's name
     * @param descriptor the method's descriptor
     * @return the method, empty when no program type declares it
     */
    public Optional<MethodModel> declared(String owner, String name, String descriptor) {
        return declaredMethods.computeIfAbsent(new CallKey(0, owner, name, descriptor), key -> findDeclared(owner, name, descriptor));
    }

    private Optional<MethodModel> findDeclared(String owner, String name, String descriptor) {
        for (String type : hierarchy.supertypes(owner)) {
            Optional<MethodModel> method = hierarchy.programClass(type).flatMap(model -> model.method(name, descriptor));
            if (method.isPresent()) {
                return method;
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether a call on a program class runs {@link Object}'s own method: no program
     * class between it and {@code Object} declares the method, and none is an interface (whose
     * implementations could).
     *
     * @param owner the class dispatch starts from
     * @param name the method's name
     * @param descriptor the method's descriptor
     * @return whether the call reaches {@code java/lang/Object}'s method
     */
    public boolean inheritsFromObject(String owner, String name, String descriptor) {
        String current = owner;
        // A corrupt class path can make two classes extend each other; each class is seen once.
        Set<String> seen = new HashSet<>();
        while (current != null && seen.add(current)) {
            Optional<ClassModel> model = hierarchy.programClass(current);
            if (model.isEmpty()) {
                return current.equals("java/lang/Object");
            }
            if (model.get().isInterface() || model.get().method(name, descriptor).isPresent()) {
                return false;
            }
            current = model.get().superName();
        }
        return false;
    }
}
