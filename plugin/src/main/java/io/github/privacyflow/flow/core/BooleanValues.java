package io.github.privacyflow.flow.core;

import java.util.BitSet;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;

/**
 * Finds where javac turns a boolean expression's value into a number: {@code a && b},
 * {@code a || b}, {@code !a} and {@code c ? true : false} used as values compile to branches
 * that end in two arms, one pushing {@code 1} and one {@code 0}, joined after a {@code goto}:
 *
 * <pre>
 *   iload a; ifeq F; iload b; ifeq F; iconst_1; goto J; F: iconst_0; J: ...
 * </pre>
 *
 * The value then carries its operands' data although no instruction moves it: the constants of
 * such arms take the data of the condition last tested on their path. A branch whose arms do
 * anything else (assign a constant to a variable, log a line) is an implicit flow and is left
 * alone.
 */
final class BooleanValues {

    private BooleanValues() {
    }

    /**
     * The instructions of a method that push one arm of a boolean value.
     *
     * @param instructions the method's code
     * @return their indexes
     */
    static BitSet arms(InsnList instructions) {
        BitSet arms = new BitSet();
        for (AbstractInsnNode insn = instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn.getOpcode() != Opcodes.GOTO) {
                continue;
            }
            AbstractInsnNode first = previousReal(insn);
            AbstractInsnNode joinLabel = ((JumpInsnNode) insn).label;
            AbstractInsnNode second = previousReal(joinLabel);
            if (isZeroOrOne(first) && isZeroOrOne(second) && first != second
                    && second.getOpcode() != first.getOpcode() && previousReal(second) == insn) {
                arms.set(instructions.indexOf(first));
                arms.set(instructions.indexOf(second));
            }
        }
        return arms;
    }

    private static boolean isZeroOrOne(AbstractInsnNode insn) {
        return insn != null && (insn.getOpcode() == Opcodes.ICONST_0 || insn.getOpcode() == Opcodes.ICONST_1);
    }

    /** The instruction before, skipping labels, line numbers and frames; {@code null} at the start. */
    private static AbstractInsnNode previousReal(AbstractInsnNode insn) {
        AbstractInsnNode previous = insn.getPrevious();
        while (previous != null && previous.getOpcode() < 0) {
            previous = previous.getPrevious();
        }
        return previous;
    }
}
