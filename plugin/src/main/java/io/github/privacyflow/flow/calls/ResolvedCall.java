package io.github.privacyflow.flow.calls;

import io.github.privacyflow.model.MethodModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * A call instruction as call resolution sees it: what the bytecode names, the class whose
 * subtypes may run it, the program method it names (for its annotations) and the program
 * methods it may run. Handlers read it to decide what the call means; the core applies the
 * targets' summaries.
 *
 * @param opcode the invoke opcode
 * @param owner the class the instruction names
 * @param name the method's name
 * @param descriptor the method's descriptor
 * @param resolutionOwner the class dispatch starts from: the receiver's static type when it is
 *     narrower than {@code owner}
 * @param declared the program method the instruction names, abstract or not, if the program declares one
 * @param targets the program methods with bodies the call may run; empty when only library code runs
 * @param programOwner whether {@code owner} is a program class
 */
public record ResolvedCall(int opcode, String owner, String name, String descriptor, String resolutionOwner,
        Optional<MethodModel> declared, List<MethodModel> targets, boolean programOwner) {

    /**
     * Returns the program methods whose annotations speak for the call: the targets, then the
     * named method.
     *
     * @return the methods, targets first
     */
    public List<MethodModel> candidates() {
        List<MethodModel> candidates = new ArrayList<>(targets);
        declared.ifPresent(candidates::add);
        return candidates;
    }

    /**
     * Tells whether the named method or any target carries an annotation.
     *
     * @param annotation the annotation's type name
     * @return whether one of them is annotated
     */
    public boolean hasAnnotation(String annotation) {
        if (declared.isPresent() && declared.get().annotation(annotation).isPresent()) {
            return true;
        }
        for (MethodModel target : targets) {
            if (target.annotation(annotation).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the call is a constructor's */
    public boolean isConstructor() {
        return name.equals("<init>");
    }

    /**
     * Tells whether the call returns its owner's type or a super type of it other than
     * {@code Object}: the shape of a fluent call that may return its receiver.
     *
     * @param hierarchy the program's hierarchy
     * @return whether the result may be the receiver itself
     */
    public boolean returnsOwnType(ClassHierarchy hierarchy) {
        Type returnType = Type.getReturnType(descriptor);
        return returnType.getSort() == Type.OBJECT
                && (returnType.getInternalName().equals(owner) || hierarchy.isSubtype(owner, returnType.getInternalName())
                        && !returnType.getInternalName().equals("java/lang/Object"));
    }

    /** @return whether the call passes a receiver (every invoke but {@code invokestatic}) */
    public boolean hasReceiver() {
        return opcode != Opcodes.INVOKESTATIC;
    }
}
