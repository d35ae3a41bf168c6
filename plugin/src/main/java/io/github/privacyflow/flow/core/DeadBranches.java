package io.github.privacyflow.flow.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.Interpreter;
import org.objectweb.asm.tree.analysis.Value;

/**
 * Code that cannot run because a condition is constant: a local flag set to {@code false}, a
 * loop whose bound is zero, a {@code null} tested for being set, a switch on a constant. javac
 * folds only conditions on compile-time constants; these it leaves in the class file, and a flow
 * found inside them is one that cannot happen.
 *
 * <p>A small constant propagation over ints and {@code null} follows only the branches that can
 * be taken, so a loop counter that never leaves its first value stays a constant. Each branch
 * found constant is then rewritten, in a copy of the method, to the jump it always makes (its
 * operands popped), so the flow analysis never reaches the dead arm. Anything this cannot follow
 * ({@code jsr}, code ASM rejects) leaves the method as it is.
 */
final class DeadBranches {

    /** Past this size a method is analysed as it is: the gain is small and the pass is not free. */
    private static final int MAX_INSTRUCTIONS = 20_000;

    private DeadBranches() {
    }

    /**
     * A copy of the method with its constant branches made unconditional, or the method itself
     * when it has none.
     *
     * @param owner the internal name of the declaring class
     * @param method the method, not changed
     * @return the method to analyse
     */
    static MethodNode pruned(String owner, MethodNode method) {
        InsnList instructions = method.instructions;
        if (instructions.size() == 0 || instructions.size() > MAX_INSTRUCTIONS || !hasConditionalBranch(instructions)) {
            return method;
        }
        Map<Integer, AbstractInsnNode> decided;
        try {
            decided = decide(owner, method);
        } catch (AnalyzerException | RuntimeException e) {
            return method;
        }
        if (decided.isEmpty()) {
            return method;
        }
        MethodNode copy = new MethodNode(Opcodes.ASM9, method.access, method.name, method.desc, method.signature,
                method.exceptions == null ? null : method.exceptions.toArray(String[]::new));
        method.accept(copy);
        if (copy.instructions.size() != instructions.size()) {
            return method;
        }
        AbstractInsnNode[] copied = copy.instructions.toArray();
        for (Map.Entry<Integer, AbstractInsnNode> branch : decided.entrySet()) {
            AbstractInsnNode original = instructions.get(branch.getKey());
            AbstractInsnNode inCopy = copied[branch.getKey()];
            if (inCopy.getOpcode() != original.getOpcode()) {
                return method;
            }
            InsnList replacement = new InsnList();
            replacement.add(new InsnNode(operandsPopped(original) == 2 ? Opcodes.POP2 : Opcodes.POP));
            if (branch.getValue() != null) {
                replacement.add(new JumpInsnNode(Opcodes.GOTO, (LabelNode) copied[instructions.indexOf(branch.getValue())]));
            }
            copy.instructions.insert(inCopy, replacement);
            copy.instructions.remove(inCopy);
        }
        return copy;
    }

    private static boolean hasConditionalBranch(InsnList instructions) {
        for (AbstractInsnNode insn : instructions) {
            if ((insn instanceof JumpInsnNode && insn.getOpcode() != Opcodes.GOTO) || insn instanceof TableSwitchInsnNode
                    || insn instanceof LookupSwitchInsnNode) {
                return true;
            }
            if (insn.getOpcode() == Opcodes.JSR) {
                return false;
            }
        }
        return false;
    }

    /** Category-1 operands a branch takes off the stack. */
    private static int operandsPopped(AbstractInsnNode branch) {
        int opcode = branch.getOpcode();
        return opcode >= Opcodes.IF_ICMPEQ && opcode <= Opcodes.IF_ACMPNE ? 2 : 1;
    }

    /**
     * Follows the method taking only the branches its constants allow.
     *
     * @return for each branch instruction whose outcome is fixed, the label it always goes to,
     *     or {@code null} when it always falls through
     */
    private static Map<Integer, AbstractInsnNode> decide(String owner, MethodNode method) throws AnalyzerException {
        InsnList instructions = method.instructions;
        int size = instructions.size();
        ConstantInterpreter interpreter = new ConstantInterpreter();
        @SuppressWarnings("unchecked")
        Frame<Constant>[] frames = new Frame[size];
        Map<Integer, List<Integer>> outcomes = new HashMap<>();
        Map<Integer, List<TryCatchBlockNode>> handlers = new HashMap<>();
        for (TryCatchBlockNode block : method.tryCatchBlocks) {
            for (int i = instructions.indexOf(block.start); i < instructions.indexOf(block.end); i++) {
                handlers.computeIfAbsent(i, k -> new ArrayList<>()).add(block);
            }
        }
        frames[0] = entryFrame(owner, method, interpreter);
        Deque<Integer> work = new ArrayDeque<>();
        work.add(0);
        boolean[] queued = new boolean[size];
        queued[0] = true;
        while (!work.isEmpty()) {
            int index = work.poll();
            queued[index] = false;
            AbstractInsnNode insn = instructions.get(index);
            Frame<Constant> before = frames[index];
            Frame<Constant> after = new Frame<>(before);
            List<Integer> successors = new ArrayList<>();
            if (insn.getOpcode() == Opcodes.JSR || insn.getOpcode() == Opcodes.RET) {
                return Map.of();
            }
            if (insn.getOpcode() >= 0) {
                successors.addAll(successors(insn, before, instructions));
                after.execute(insn, interpreter);
            } else {
                successors.add(index + 1);
            }
            if (insn instanceof JumpInsnNode || insn instanceof TableSwitchInsnNode || insn instanceof LookupSwitchInsnNode) {
                outcomes.merge(index, successors, (known, more) -> union(known, more));
            }
            for (int successor : successors) {
                if (successor < size && merge(frames, successor, after, interpreter)) {
                    if (!queued[successor]) {
                        queued[successor] = true;
                        work.add(successor);
                    }
                }
            }
            for (TryCatchBlockNode block : handlers.getOrDefault(index, List.of())) {
                int handler = instructions.indexOf(block.handler);
                Type caught = Type.getObjectType(block.type == null ? "java/lang/Throwable" : block.type);
                for (Frame<Constant> state : List.of(before, after)) {
                    Frame<Constant> thrown = new Frame<>(state);
                    thrown.clearStack();
                    thrown.push(new Constant(interpreter.basic.newValue(caught), null));
                    if (merge(frames, handler, thrown, interpreter) && !queued[handler]) {
                        queued[handler] = true;
                        work.add(handler);
                    }
                }
            }
        }
        Map<Integer, AbstractInsnNode> decided = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> outcome : outcomes.entrySet()) {
            AbstractInsnNode insn = instructions.get(outcome.getKey());
            if (insn.getOpcode() == Opcodes.GOTO || outcome.getValue().size() != 1) {
                continue;
            }
            int only = outcome.getValue().get(0);
            boolean fallsThrough = only == outcome.getKey() + 1 && insn instanceof JumpInsnNode
                    && instructions.indexOf(((JumpInsnNode) insn).label) != only;
            decided.put(outcome.getKey(), fallsThrough ? null : instructions.get(only));
        }
        return decided;
    }

    private static List<Integer> union(List<Integer> known, List<Integer> more) {
        List<Integer> all = new ArrayList<>(known);
        for (Integer index : more) {
            if (!all.contains(index)) {
                all.add(index);
            }
        }
        return all;
    }

    private static boolean merge(Frame<Constant>[] frames, int index, Frame<Constant> incoming, ConstantInterpreter interpreter)
            throws AnalyzerException {
        if (frames[index] == null) {
            frames[index] = new Frame<>(incoming);
            return true;
        }
        return frames[index].merge(incoming, interpreter);
    }

    private static Frame<Constant> entryFrame(String owner, MethodNode method, ConstantInterpreter interpreter) {
        Frame<Constant> frame = new Frame<>(method.maxLocals, method.maxStack);
        int local = 0;
        if ((method.access & Opcodes.ACC_STATIC) == 0) {
            frame.setLocal(local++, new Constant(interpreter.basic.newValue(Type.getObjectType(owner)), null));
        }
        for (Type argument : Type.getArgumentTypes(method.desc)) {
            frame.setLocal(local++, new Constant(interpreter.basic.newValue(argument), null));
            if (argument.getSize() == 2) {
                frame.setLocal(local++, new Constant(BasicValue.UNINITIALIZED_VALUE, null));
            }
        }
        while (local < method.maxLocals) {
            frame.setLocal(local++, new Constant(BasicValue.UNINITIALIZED_VALUE, null));
        }
        frame.setReturn(interpreter.newReturnTypeValue(Type.getReturnType(method.desc)));
        return frame;
    }

    /** The instructions control can reach from a branch, given the constants on the stack before it. */
    private static List<Integer> successors(AbstractInsnNode insn, Frame<Constant> before, InsnList instructions) {
        int index = instructions.indexOf(insn);
        int opcode = insn.getOpcode();
        if (insn instanceof JumpInsnNode jump) {
            int target = instructions.indexOf(jump.label);
            if (opcode == Opcodes.GOTO) {
                return List.of(target);
            }
            Boolean taken = taken(opcode, before);
            if (taken == null) {
                return List.of(index + 1, target);
            }
            return List.of(taken ? target : index + 1);
        }
        if (insn instanceof TableSwitchInsnNode table) {
            Object key = before.getStack(before.getStackSize() - 1).constant;
            if (key instanceof Integer k) {
                LabelNode label = k >= table.min && k <= table.max ? table.labels.get(k - table.min) : table.dflt;
                return List.of(instructions.indexOf(label));
            }
            List<Integer> all = new ArrayList<>();
            all.add(instructions.indexOf(table.dflt));
            table.labels.forEach(label -> all.add(instructions.indexOf(label)));
            return all;
        }
        if (insn instanceof LookupSwitchInsnNode lookup) {
            Object key = before.getStack(before.getStackSize() - 1).constant;
            if (key instanceof Integer k) {
                int position = lookup.keys.indexOf(k);
                return List.of(instructions.indexOf(position >= 0 ? lookup.labels.get(position) : lookup.dflt));
            }
            List<Integer> all = new ArrayList<>();
            all.add(instructions.indexOf(lookup.dflt));
            lookup.labels.forEach(label -> all.add(instructions.indexOf(label)));
            return all;
        }
        if ((opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) || opcode == Opcodes.ATHROW) {
            return List.of();
        }
        return List.of(index + 1);
    }

    /** Whether a conditional branch is taken, {@code null} when its operands are not constants. */
    private static Boolean taken(int opcode, Frame<Constant> before) {
        int top = before.getStackSize() - 1;
        Object first = before.getStack(top).constant;
        if (opcode == Opcodes.IFNULL || opcode == Opcodes.IFNONNULL) {
            return first == Constant.NULL ? Boolean.valueOf(opcode == Opcodes.IFNULL) : null;
        }
        if (opcode >= Opcodes.IFEQ && opcode <= Opcodes.IFLE) {
            if (!(first instanceof Integer value)) {
                return null;
            }
            return compare(opcode - Opcodes.IFEQ, value, 0);
        }
        if (opcode >= Opcodes.IF_ICMPEQ && opcode <= Opcodes.IF_ICMPLE) {
            Object second = before.getStack(top - 1).constant;
            if (!(first instanceof Integer right) || !(second instanceof Integer left)) {
                return null;
            }
            return compare(opcode - Opcodes.IF_ICMPEQ, left, right);
        }
        return null;
    }

    /** Compares as eq, ne, lt, ge, gt, le, in the order of the opcodes. */
    private static boolean compare(int test, int left, int right) {
        return switch (test) {
            case 0 -> left == right;
            case 1 -> left != right;
            case 2 -> left < right;
            case 3 -> left >= right;
            case 4 -> left > right;
            default -> left <= right;
        };
    }

    /** A value: its basic type, and the int it certainly is, or {@link #NULL}, or {@code null} for unknown. */
    static final class Constant implements Value {
        static final Object NULL = new Object();

        final BasicValue basic;
        final Object constant;

        Constant(BasicValue basic, Object constant) {
            this.basic = basic;
            this.constant = constant;
        }

        @Override
        public int getSize() {
            return basic == null ? 1 : basic.getSize();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Constant value && Objects.equals(value.basic, basic) && Objects.equals(value.constant, constant);
        }

        @Override
        public int hashCode() {
            return Objects.hash(basic, constant);
        }
    }

    /** ASM's basic types, with ints and {@code null} followed through locals, the stack and simple arithmetic. */
    private static final class ConstantInterpreter extends Interpreter<Constant> {
        final BasicInterpreter basic = new BasicInterpreter();

        ConstantInterpreter() {
            super(Opcodes.ASM9);
        }

        private static Constant wrap(BasicValue value, Object constant) {
            return value == null ? null : new Constant(value, constant);
        }

        @Override
        public Constant newValue(Type type) {
            return wrap(basic.newValue(type), null);
        }

        @Override
        public Constant newOperation(AbstractInsnNode insn) throws AnalyzerException {
            BasicValue value = basic.newOperation(insn);
            int opcode = insn.getOpcode();
            Object constant = null;
            if (opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5) {
                constant = opcode - Opcodes.ICONST_0;
            } else if (opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH) {
                constant = ((IntInsnNode) insn).operand;
            } else if (opcode == Opcodes.LDC && ((LdcInsnNode) insn).cst instanceof Integer number) {
                constant = number;
            } else if (opcode == Opcodes.ACONST_NULL) {
                constant = Constant.NULL;
            }
            return wrap(value, constant);
        }

        @Override
        public Constant copyOperation(AbstractInsnNode insn, Constant value) throws AnalyzerException {
            return wrap(basic.copyOperation(insn, value.basic), value.constant);
        }

        @Override
        public Constant unaryOperation(AbstractInsnNode insn, Constant value) throws AnalyzerException {
            BasicValue result = basic.unaryOperation(insn, value.basic);
            if (insn.getOpcode() == Opcodes.IINC && value.constant instanceof Integer number) {
                return wrap(result, number + ((IincInsnNode) insn).incr);
            }
            if (insn.getOpcode() == Opcodes.INEG && value.constant instanceof Integer number) {
                return wrap(result, -number);
            }
            return wrap(result, null);
        }

        @Override
        public Constant binaryOperation(AbstractInsnNode insn, Constant value1, Constant value2) throws AnalyzerException {
            BasicValue result = basic.binaryOperation(insn, value1.basic, value2.basic);
            if (value1.constant instanceof Integer left && value2.constant instanceof Integer right) {
                switch (insn.getOpcode()) {
                    case Opcodes.IADD:
                        return wrap(result, left + right);
                    case Opcodes.ISUB:
                        return wrap(result, left - right);
                    case Opcodes.IMUL:
                        return wrap(result, left * right);
                    case Opcodes.IAND:
                        return wrap(result, left & right);
                    case Opcodes.IOR:
                        return wrap(result, left | right);
                    case Opcodes.IXOR:
                        return wrap(result, left ^ right);
                    default:
                        break;
                }
            }
            return wrap(result, null);
        }

        @Override
        public Constant ternaryOperation(AbstractInsnNode insn, Constant value1, Constant value2, Constant value3)
                throws AnalyzerException {
            return wrap(basic.ternaryOperation(insn, value1.basic, value2.basic, value3.basic), null);
        }

        @Override
        public Constant naryOperation(AbstractInsnNode insn, List<? extends Constant> values) throws AnalyzerException {
            List<BasicValue> basics = new ArrayList<>(values.size());
            for (Constant value : values) {
                basics.add(value.basic);
            }
            return wrap(basic.naryOperation(insn, basics), null);
        }

        @Override
        public void returnOperation(AbstractInsnNode insn, Constant value, Constant expected) {
        }

        @Override
        public Constant merge(Constant value1, Constant value2) {
            if (value1.equals(value2)) {
                return value1;
            }
            BasicValue merged = basic.merge(value1.basic, value2.basic);
            return new Constant(merged, null);
        }
    }
}
