package io.github.privacyflow.flow.calls;

import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.MethodModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Methods whose code never runs, so a flow found in them cannot happen:
 *
 * <ul>
 *   <li>a private method nothing in the program calls, directly, through a lambda or method
 *       reference, or through methods that run; unless something outside may call it anyway
 *       (an annotation a framework reads, a serialization hook, its name in a string of its class,
 *       as reflection would use it);</li>
 *   <li>the static initialiser of a private nested class that no code outside it ever
 *       initialises (no {@code new}, static call or static field access of it or a subclass):
 *       a class literal does not initialise a class.</li>
 * </ul>
 */
public final class DeadCode {

    private static final Set<String> SERIALIZATION_HOOKS = Set.of("writeObject", "readObject", "readObjectNoData",
            "writeReplace", "readResolve");

    private final Set<MethodModel> dead = new HashSet<>();

    /**
     * Finds the dead methods among the analysed ones.
     *
     * @param hierarchy the program's classes
     * @param graph the call graph of the methods
     * @param methods the methods with code
     */
    public DeadCode(ClassHierarchy hierarchy, CallGraph graph, List<MethodModel> methods) {
        Set<String> initialised = new HashSet<>();
        for (MethodModel method : methods) {
            for (AbstractInsnNode insn : method.node().instructions) {
                String owner = initialisedBy(insn);
                if (owner != null && !owner.equals(method.declaringClass().internalName())) {
                    initialised.add(owner);
                }
            }
        }
        for (MethodModel method : methods) {
            if (method.name().equals("<clinit>") && isPrivateNested(method.declaringClass())
                    && initialised.stream().noneMatch(owner -> hierarchy.isSubtype(owner, method.declaringClass().internalName()))) {
                dead.add(method);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (MethodModel method : methods) {
                if (!dead.contains(method) && mayBeDead(method) && dead.containsAll(graph.callersOf(method))) {
                    dead.add(method);
                    changed = true;
                }
            }
        }
    }

    /**
     * Whether a method's code never runs.
     *
     * @param method a program method
     * @return whether it is dead
     */
    public boolean isDead(MethodModel method) {
        return dead.contains(method);
    }

    private static String initialisedBy(AbstractInsnNode insn) {
        return switch (insn.getOpcode()) {
            case Opcodes.NEW -> ((TypeInsnNode) insn).desc;
            case Opcodes.INVOKESTATIC -> ((MethodInsnNode) insn).owner;
            case Opcodes.GETSTATIC, Opcodes.PUTSTATIC -> ((FieldInsnNode) insn).owner;
            default -> null;
        };
    }

    private static boolean isPrivateNested(ClassModel type) {
        for (InnerClassNode inner : type.node().innerClasses) {
            if (inner.name.equals(type.internalName())) {
                return (inner.access & Opcodes.ACC_PRIVATE) != 0;
            }
        }
        return false;
    }

    /** A private method only its own class can call, and nothing outside the code is known to call. */
    private static boolean mayBeDead(MethodModel method) {
        MethodNode node = method.node();
        if ((node.access & Opcodes.ACC_PRIVATE) == 0 || (node.access & Opcodes.ACC_SYNTHETIC) != 0
                || method.name().startsWith("<") || SERIALIZATION_HOOKS.contains(method.name())) {
            return false;
        }
        if (hasAny(node.visibleAnnotations) || hasAny(node.invisibleAnnotations)) {
            return false;
        }
        for (MethodNode other : method.declaringClass().node().methods) {
            for (AbstractInsnNode insn : other.instructions) {
                if (insn instanceof LdcInsnNode constant && method.name().equals(constant.cst)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean hasAny(List<?> annotations) {
        return annotations != null && !annotations.isEmpty();
    }
}
