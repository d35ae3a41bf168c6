package io.github.privacyflow.rules;

import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.model.ProgramModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.BasicInterpreter;

/**
 * Infers the static type of the values on the operand stack, so that {@code em.remove(x)} can
 * be told apart by the type of {@code x}. It knows the module's class hierarchy instead of
 * loading classes, and that {@code em.find(Recording.class, id)} returns a {@code Recording}.
 */
final class StaticTypes {

    private static final Type CLASS_TYPE = Type.getObjectType("java/lang/Class");

    private StaticTypes() {
    }

    /**
     * Analyses a method.
     *
     * @param program the module, for the class hierarchy
     * @param method the method
     * @param typedByClassArgument {@code Class#method} entries whose result has the type of a class literal argument
     * @return the frames, one per instruction, or empty when the analysis fails
     */
    static Optional<Frame<BasicValue>[]> frames(ProgramModel program, MethodModel method, Set<String> typedByClassArgument) {
        ClassModel owner = method.declaringClass();
        Interpreter interpreter = new Interpreter(program, typedByClassArgument);
        try {
            return Optional.of(new Analyzer<>(interpreter).analyze(owner.internalName(), method.node()));
        } catch (AnalyzerException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the type of a call's argument.
     *
     * @param frame the frame before the call
     * @param call the call
     * @param argument the argument index, from 0
     * @return the static type, or empty when unknown
     */
    static Optional<Type> argumentType(Frame<BasicValue> frame, MethodInsnNode call, int argument) {
        if (frame == null) {
            return Optional.empty();
        }
        int arguments = Type.getArgumentTypes(call.desc).length;
        BasicValue value = frame.getStack(frame.getStackSize() - arguments + argument);
        return value == null || value.getType() == null ? Optional.empty() : Optional.of(value.getType());
    }

    /** A {@code Class} value whose class literal is known. */
    private static final class ClassLiteral extends BasicValue {
        private final Type literal;

        ClassLiteral(Type literal) {
            super(CLASS_TYPE);
            this.literal = literal;
        }
    }

    /**
     * A non-verifying interpreter that keeps reference types: the analysis runs over compiled,
     * already verified code, so it only needs to know types, never to reject code.
     */
    private static final class Interpreter extends BasicInterpreter {
        private final ProgramModel program;
        private final Set<String> typedByClassArgument;

        Interpreter(ProgramModel program, Set<String> typedByClassArgument) {
            super(Opcodes.ASM9);
            this.program = program;
            this.typedByClassArgument = typedByClassArgument;
        }

        @Override
        public BasicValue newValue(Type type) {
            if (type != null && (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY)) {
                return new BasicValue(type);
            }
            return super.newValue(type);
        }

        @Override
        public BasicValue newOperation(AbstractInsnNode insn) throws AnalyzerException {
            if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof Type type && type.getSort() == Type.OBJECT) {
                return new ClassLiteral(type);
            }
            if (insn instanceof TypeInsnNode typeInsn && insn.getOpcode() == Opcodes.NEW) {
                return newValue(Type.getObjectType(typeInsn.desc));
            }
            if (insn instanceof FieldInsnNode field) {
                return newValue(Type.getType(field.desc));
            }
            return super.newOperation(insn);
        }

        @Override
        public BasicValue unaryOperation(AbstractInsnNode insn, BasicValue value) throws AnalyzerException {
            if (insn instanceof TypeInsnNode typeInsn && insn.getOpcode() == Opcodes.CHECKCAST) {
                return newValue(Type.getObjectType(typeInsn.desc));
            }
            if (insn instanceof FieldInsnNode field && insn.getOpcode() == Opcodes.GETFIELD) {
                return newValue(Type.getType(field.desc));
            }
            return super.unaryOperation(insn, value);
        }

        @Override
        public BasicValue binaryOperation(AbstractInsnNode insn, BasicValue array, BasicValue index) throws AnalyzerException {
            if (insn.getOpcode() == Opcodes.AALOAD && array.getType() != null && array.getType().getSort() == Type.ARRAY) {
                Type element = Type.getType(array.getType().getDescriptor().substring(1));
                return newValue(element);
            }
            return super.binaryOperation(insn, array, index);
        }

        @Override
        public BasicValue naryOperation(AbstractInsnNode insn, List<? extends BasicValue> values) throws AnalyzerException {
            if (insn instanceof MethodInsnNode call) {
                if (typedByClassArgument.contains(call.owner.replace('/', '.') + "#" + call.name)) {
                    for (BasicValue value : values) {
                        if (value instanceof ClassLiteral literal) {
                            return newValue(literal.literal);
                        }
                    }
                }
                return newValue(Type.getReturnType(call.desc));
            }
            if (insn instanceof InvokeDynamicInsnNode dynamic) {
                return newValue(Type.getReturnType(dynamic.desc));
            }
            return super.naryOperation(insn, values);
        }

        @Override
        public BasicValue merge(BasicValue value1, BasicValue value2) {
            if (value1.equals(value2)) {
                return value1;
            }
            Type type1 = value1.getType();
            Type type2 = value2.getType();
            if (isReference(type1) && isReference(type2)) {
                if (type1.getSort() == Type.OBJECT && type2.getSort() == Type.OBJECT) {
                    if (program.isSelfOrSupertype(type2.getInternalName(), type1.getInternalName())) {
                        return value1;
                    }
                    if (program.isSelfOrSupertype(type1.getInternalName(), type2.getInternalName())) {
                        return value2;
                    }
                }
                return BasicValue.REFERENCE_VALUE;
            }
            return super.merge(value1, value2);
        }

        private static boolean isReference(Type type) {
            return type != null && (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY);
        }
    }
}
