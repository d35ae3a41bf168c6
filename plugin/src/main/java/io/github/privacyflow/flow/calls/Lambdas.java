package io.github.privacyflow.flow.calls;

import io.github.privacyflow.model.MethodModel;
import java.util.Optional;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Lambdas and method references as calls. javac compiles both to an {@code invokedynamic} whose
 * bootstrap, {@code LambdaMetafactory}, receives the implementation as a method handle; the
 * analysis treats running the lambda as a call of that implementation, with the captured values
 * first. Other bootstraps (string concatenation, records' {@code toString}) make no lambda, but
 * the method handles they receive still count as calls for the call graph.
 */
public final class Lambdas {

    private Lambdas() {
    }

    /**
     * Returns the implementation of the lambda or method reference an {@code invokedynamic} makes.
     *
     * @param dynamic the instruction
     * @return the implementation handle, empty when the instruction makes no lambda
     */
    public static Optional<Handle> implementation(InvokeDynamicInsnNode dynamic) {
        if (dynamic.bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory") && dynamic.bsmArgs.length > 1
                && dynamic.bsmArgs[1] instanceof Handle implementation) {
            return Optional.of(implementation);
        }
        return Optional.empty();
    }

    /**
     * Tells whether an implementation is a constructor ({@code Type::new}).
     *
     * @param implementation the handle
     * @return whether running it creates an object
     */
    public static boolean isConstructor(Handle implementation) {
        return implementation.getTag() == Opcodes.H_NEWINVOKESPECIAL;
    }

    /**
     * Tells whether an implementation takes a receiver before its declared parameters.
     *
     * @param implementation the handle
     * @return whether the first value passed is the receiver
     */
    public static boolean hasReceiver(Handle implementation) {
        return implementation.getTag() != Opcodes.H_INVOKESTATIC && !isConstructor(implementation);
    }

    /**
     * Returns the type of each value the implementation takes, the receiver first when it has one.
     *
     * @param implementation the handle
     * @return the types
     */
    public static Type[] valueTypes(Handle implementation) {
        Type[] parameters = Type.getArgumentTypes(implementation.getDesc());
        if (!hasReceiver(implementation)) {
            return parameters;
        }
        Type[] values = new Type[parameters.length + 1];
        values[0] = Type.getObjectType(implementation.getOwner());
        System.arraycopy(parameters, 0, values, 1, parameters.length);
        return values;
    }

    /**
     * Returns the call instruction that runs a (non-constructor) implementation.
     *
     * @param implementation the handle
     * @return an invoke instruction naming the implementation
     */
    public static MethodInsnNode invocation(Handle implementation) {
        int opcode = switch (implementation.getTag()) {
            case Opcodes.H_INVOKESTATIC -> Opcodes.INVOKESTATIC;
            case Opcodes.H_INVOKESPECIAL -> Opcodes.INVOKESPECIAL;
            case Opcodes.H_INVOKEINTERFACE -> Opcodes.INVOKEINTERFACE;
            default -> Opcodes.INVOKEVIRTUAL;
        };
        return new MethodInsnNode(opcode, implementation.getOwner(), implementation.getName(), implementation.getDesc(),
                implementation.isInterface());
    }

    /**
     * Tells whether an {@code invokedynamic} hands a method to its bootstrap, and so may run it.
     *
     * @param dynamic the instruction
     * @param method a program method
     * @return whether one of the bootstrap's arguments is a handle to the method
     */
    public static boolean refersTo(InvokeDynamicInsnNode dynamic, MethodModel method) {
        for (Object argument : dynamic.bsmArgs) {
            if (argument instanceof Handle handle && handle.getOwner().equals(method.declaringClass().internalName())
                    && handle.getName().equals(method.name()) && handle.getDesc().equals(method.descriptor())) {
                return true;
            }
        }
        return false;
    }
}
