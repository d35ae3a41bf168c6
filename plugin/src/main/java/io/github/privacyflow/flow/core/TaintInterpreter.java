package io.github.privacyflow.flow.core;

import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.flow.ClassNames;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.Witness;
import java.util.List;
import java.util.Optional;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.Interpreter;

/**
 * The transfer function over bytecode: what each instruction does to the labels of the values
 * it takes and makes. Values keep their labels through arithmetic, conversions, array loads and
 * casts; parameters start with their parameter labels; field instructions go to the
 * {@link FieldTransfer}, calls to the {@link CallTransfer}. Nothing here knows a framework,
 * a catalogue or an annotation: what a call or a field means is the handlers' business.
 */
final class TaintInterpreter extends Interpreter<TaintValue> {

    /** The run this interpreter serves; the frames reach it through here. */
    final MethodFlow flow;
    private final int[] argumentOfLocal;

    TaintInterpreter(MethodFlow flow, int[] argumentOfLocal) {
        super(Opcodes.ASM9);
        this.flow = flow;
        this.argumentOfLocal = argumentOfLocal;
    }

    @Override
    public TaintValue newValue(Type type) {
        if (type == null) {
            return TaintValue.UNINITIALIZED;
        }
        if (type.getSort() == Type.VOID) {
            return null;
        }
        return TaintValue.of(type, LabelSet.EMPTY, 0);
    }

    /**
     * A parameter starts with its parameter label (what a caller passes, for the summary), the
     * label a source handler gives it, and what its type carries; its identity is the argument,
     * so data flowing into it later becomes a summary fact about that argument.
     */
    @Override
    public TaintValue newParameterValue(boolean isInstanceMethod, int local, Type type) {
        if (isInstanceMethod && local == 0 && flow.receiverType != null) {
            type = flow.receiverType;
        }
        int argument = local < argumentOfLocal.length ? argumentOfLocal[local] : -1;
        if (argument < 0) {
            return newValue(type);
        }
        Anchor anchor = new Anchor.AtCode(flow.method, flow.method.firstLine(), "argument " + argument);
        LabelSet labels = LabelSet.of(flow.parameterLabel(argument), Witness.start("argument " + argument, anchor));
        Optional<Label> source = flow.context.handlers.sources().parameter(flow.method, argument);
        if (source.isPresent()) {
            labels = labels.union(LabelSet.of(source.get(), Witness.start("parameter " + source.get().source().description()
                    + " is " + source.get().source().category() + " data",
                    // A handler's source may name no declaration (a library type's); the method's start stands for it.
                    source.get().source().anchor() != null ? source.get().source().anchor() : anchor)));
        }
        labels = labels.union(flow.typed(type, "receives a " + ClassNames.simple(type.getInternalName()), anchor));
        return TaintValue.of(type, labels, MethodFlow.argumentObject(argument));
    }

    @Override
    public TaintValue newReturnTypeValue(Type type) {
        return newValue(type);
    }

    @Override
    public TaintValue newEmptyValue(int local) {
        return TaintValue.UNINITIALIZED;
    }

    @Override
    public TaintValue newExceptionValue(TryCatchBlockNode tryCatch, Frame<TaintValue> handlerFrame, Type exceptionType) {
        return newValue(exceptionType);
    }

    @Override
    public TaintValue newOperation(AbstractInsnNode insn) {
        switch (insn.getOpcode()) {
            case Opcodes.ACONST_NULL:
                return TaintValue.of(TaintValue.NULL_TYPE, LabelSet.EMPTY, 0);
            case Opcodes.ICONST_0, Opcodes.ICONST_1:
                if (flow.booleanArms.get(flow.insnIndex)) {
                    return TaintValue.of(Type.INT_TYPE, flow.frame.condition(), 0);
                }
                return TaintValue.INT.withConstant(insn.getOpcode() - Opcodes.ICONST_0);
            case Opcodes.ICONST_M1, Opcodes.ICONST_2, Opcodes.ICONST_3, Opcodes.ICONST_4, Opcodes.ICONST_5:
                return TaintValue.INT.withConstant(insn.getOpcode() - Opcodes.ICONST_0);
            case Opcodes.BIPUSH, Opcodes.SIPUSH:
                return TaintValue.INT.withConstant(((IntInsnNode) insn).operand);
            case Opcodes.LCONST_0, Opcodes.LCONST_1:
                return TaintValue.LONG;
            case Opcodes.FCONST_0, Opcodes.FCONST_1, Opcodes.FCONST_2:
                return TaintValue.FLOAT;
            case Opcodes.DCONST_0, Opcodes.DCONST_1:
                return TaintValue.DOUBLE;
            case Opcodes.LDC:
                return constant(((LdcInsnNode) insn).cst);
            case Opcodes.JSR:
                return TaintValue.RETURN_ADDRESS;
            case Opcodes.GETSTATIC:
                return flow.fields.read((FieldInsnNode) insn, null);
            case Opcodes.NEW:
                flow.markFresh();
                Type created = Type.getObjectType(((TypeInsnNode) insn).desc);
                return TaintValue.of(created, flow.typed(created, "creates a " + ClassNames.simple(created.getInternalName()),
                        flow.here("new")), flow.insnIndex + 1);
            default:
                return TaintValue.UNINITIALIZED;
        }
    }

    private static TaintValue constant(Object constant) {
        if (constant instanceof Integer) {
            return TaintValue.INT.withConstant(constant);
        }
        if (constant instanceof Float) {
            return TaintValue.FLOAT;
        }
        if (constant instanceof Long) {
            return TaintValue.LONG;
        }
        if (constant instanceof Double) {
            return TaintValue.DOUBLE;
        }
        if (constant instanceof String) {
            return TaintValue.of(Type.getObjectType("java/lang/String"), LabelSet.EMPTY, 0).withConstant(constant);
        }
        if (constant instanceof Type type) {
            return TaintValue.of(type.getSort() == Type.METHOD ? Type.getObjectType("java/lang/invoke/MethodType")
                    : Type.getObjectType("java/lang/Class"), LabelSet.EMPTY, 0).withConstant(type);
        }
        if (constant instanceof Handle) {
            return TaintValue.of(Type.getObjectType("java/lang/invoke/MethodHandle"), LabelSet.EMPTY, 0);
        }
        if (constant instanceof ConstantDynamic dynamic) {
            return TaintValue.of(Type.getType(dynamic.getDescriptor()), LabelSet.EMPTY, 0);
        }
        return TaintValue.UNINITIALIZED;
    }

    @Override
    public TaintValue copyOperation(AbstractInsnNode insn, TaintValue value) {
        if (insn.getOpcode() == Opcodes.ASTORE && !value.labels.hasData() && !flow.context.handlers.models().readFromSettings(value.tags)) {
            // A value kept under a person's name, when nothing upstream says whose data it is
            // and it was not read from the configuration (a mail service's configured account).
            Optional<Label> source = flow.context.handlers.sources().local(flow.method, flow.node, ((VarInsnNode) insn).var, flow.insnIndex,
                    flow.line(), flow.context.handlers.models().madeAtRandom(value.tags), value.constant != null);
            if (source.isPresent()) {
                return value.withLabels(value.labels.union(LabelSet.of(source.get(), Witness.start("keeps it in "
                        + source.get().source().describe(), flow.here("stores local")))));
            }
        }
        return value;
    }

    @Override
    public TaintValue unaryOperation(AbstractInsnNode insn, TaintValue value) {
        switch (insn.getOpcode()) {
            case Opcodes.INEG, Opcodes.IINC, Opcodes.L2I, Opcodes.F2I, Opcodes.D2I, Opcodes.I2B, Opcodes.I2C, Opcodes.I2S:
                return TaintValue.of(Type.INT_TYPE, value.labels, 0);
            case Opcodes.FNEG, Opcodes.I2F, Opcodes.L2F, Opcodes.D2F:
                return TaintValue.of(Type.FLOAT_TYPE, value.labels, 0);
            case Opcodes.LNEG, Opcodes.I2L, Opcodes.F2L, Opcodes.D2L:
                return TaintValue.of(Type.LONG_TYPE, value.labels, 0);
            case Opcodes.DNEG, Opcodes.I2D, Opcodes.L2D, Opcodes.F2D:
                return TaintValue.of(Type.DOUBLE_TYPE, value.labels, 0);
            case Opcodes.GETFIELD:
                return flow.fields.read((FieldInsnNode) insn, value);
            case Opcodes.PUTSTATIC:
                flow.fields.write((FieldInsnNode) insn, null, value);
                return null;
            case Opcodes.NEWARRAY, Opcodes.ANEWARRAY:
                flow.markFresh();
                Type arrayType = insn.getOpcode() == Opcodes.ANEWARRAY
                        ? Type.getType("[" + Type.getObjectType(((TypeInsnNode) insn).desc).getDescriptor())
                        : Type.getType("[" + primitiveArrayElement(((IntInsnNode) insn).operand));
                return TaintValue.of(arrayType, LabelSet.EMPTY, flow.insnIndex + 1);
            case Opcodes.ARRAYLENGTH, Opcodes.INSTANCEOF:
                return TaintValue.INT;
            case Opcodes.IFEQ, Opcodes.IFNE, Opcodes.IFLT, Opcodes.IFGE, Opcodes.IFGT, Opcodes.IFLE, Opcodes.IFNULL,
                    Opcodes.IFNONNULL:
                flow.frame.setCondition(value.labels);
                return null;
            case Opcodes.CHECKCAST:
                if (TaintValue.NULL_TYPE.equals(value.type)) {
                    return value;
                }
                Type castTo = Type.getObjectType(((TypeInsnNode) insn).desc);
                // A cast to a supertype of what the value is known to be keeps the narrower type, so calls on it dispatch to its own class.
                Type narrower = value.type != null && value.type.getSort() == Type.OBJECT && castTo.getSort() == Type.OBJECT
                        && !value.type.equals(TaintValue.NULL_TYPE)
                        && flow.context.hierarchy.isSubtype(value.type.getInternalName(), castTo.getInternalName()) ? value.type : castTo;
                LabelSet castAs = flow.typed(castTo, "treats it as " + ClassNames.simple(castTo.getInternalName()), flow.here("cast"));
                // Only a value nothing else names, which the program did not read from its configuration.
                Optional<Label> identity = castTo.equals(value.type) || value.labels.hasData()
                        || flow.context.handlers.models().readFromSettings(value.tags) ? Optional.empty()
                        : flow.context.handlers.sources().castTo(castTo.getInternalName());
                if (identity.isPresent()) {
                    castAs = castAs.union(LabelSet.of(identity.get(), Witness.start("casts it to "
                            + ClassNames.simple(castTo.getInternalName()), flow.here("cast"))));
                }
                return value.withLabels(possibleAfterCast(value.labels, value.type, castTo)).withType(narrower).absorb(castAs, 0);
            default:
                return null;
        }
    }

    /**
     * A cast rules out instances of unrelated types: a factory that can return a user or an
     * attribute returns an attribute when its result is cast to one.
     */
    private LabelSet possibleAfterCast(LabelSet labels, Type before, Type castTo) {
        if (castTo.getSort() != Type.OBJECT) {
            return labels;
        }
        String target = castTo.getInternalName();
        // An Object cast to a program class is one value taken out of something generic (an
        // iterator, a command's target): the data it carries is its own, not contents gathered in
        // it as a builder's or a list's are.
        boolean oneValue = before != null && before.getSort() == Type.OBJECT && before.getInternalName().equals("java/lang/Object")
                && flow.context.hierarchy.programClass(target).isPresent();
        return labels.filter(label -> label.isWholeInstance()
                ? label.holderType() == null || flow.context.hierarchy.isSubtype(label.holderType(), target)
                        || flow.context.hierarchy.isSubtype(target, label.holderType())
                : !oneValue || fieldValueMayBe(label, target));
    }

    /** Final JDK classes: a value of one is never of a type that is not its own or a supertype. */
    private static final java.util.Set<String> FINAL_JDK_VALUES = java.util.Set.of("java/lang/String",
            "java/lang/Integer", "java/lang/Long", "java/lang/Short", "java/lang/Byte", "java/lang/Double",
            "java/lang/Float", "java/lang/Boolean", "java/lang/Character", "java/util/UUID");

    /**
     * Whether a value read from a personal field can pass a cast: a name read from a
     * {@code String} field is no {@code Page}, so the page a cast yields does not hold it. The
     * labels that came with an object whose class the cast rules out go with it. Asked only for
     * a cast to a program class.
     */
    private boolean fieldValueMayBe(Label label, String target) {
        if (label.source() == null || !(label.source().anchor() instanceof Anchor.AtElement at)
                || !(at.element() instanceof io.github.privacyflow.model.FieldModel field)) {
            return true;
        }
        Type type = field.type();
        if (type.getSort() != Type.OBJECT) {
            // Primitives box to JDK types, arrays are arrays: neither is the program class cast to.
            return false;
        }
        String declared = type.getInternalName();
        if (flow.context.hierarchy.isSubtype(declared, target) || flow.context.hierarchy.isSubtype(target, declared)) {
            return true;
        }
        return !FINAL_JDK_VALUES.contains(declared);
    }

    private static String primitiveArrayElement(int operand) {
        return switch (operand) {
            case Opcodes.T_BOOLEAN -> "Z";
            case Opcodes.T_CHAR -> "C";
            case Opcodes.T_FLOAT -> "F";
            case Opcodes.T_DOUBLE -> "D";
            case Opcodes.T_BYTE -> "B";
            case Opcodes.T_SHORT -> "S";
            case Opcodes.T_LONG -> "J";
            default -> "I";
        };
    }

    @Override
    public TaintValue binaryOperation(AbstractInsnNode insn, TaintValue value1, TaintValue value2) {
        int opcode = insn.getOpcode();
        boolean knownArray = opcode >= Opcodes.IALOAD && opcode <= Opcodes.SALOAD && flow.containers.knowsContents(value1);
        LabelSet elementLabels = knownArray ? flow.containers.load(value1, value2, Type.INT_TYPE).labels : value1.labels;
        switch (opcode) {
            case Opcodes.IALOAD, Opcodes.BALOAD, Opcodes.CALOAD, Opcodes.SALOAD:
                return TaintValue.of(Type.INT_TYPE, elementLabels, 0);
            case Opcodes.FALOAD:
                return TaintValue.of(Type.FLOAT_TYPE, elementLabels, 0);
            case Opcodes.LALOAD:
                return TaintValue.of(Type.LONG_TYPE, elementLabels, 0);
            case Opcodes.DALOAD:
                return TaintValue.of(Type.DOUBLE_TYPE, elementLabels, 0);
            case Opcodes.AALOAD:
                Type element = value1.type != null && value1.type.getSort() == Type.ARRAY
                        ? Type.getType(value1.type.getDescriptor().substring(1)) : Type.getObjectType("java/lang/Object");
                if (knownArray) {
                    // The element itself, with its identity: its fields are the ones stored.
                    TaintValue stored = flow.containers.load(value1, value2, element);
                    return stored.objectId != 0 ? stored : flow.reference(element, stored.labels);
                }
                return flow.reference(element, value1.labels);
            case Opcodes.PUTFIELD:
                flow.fields.write((FieldInsnNode) insn, value1, value2);
                return null;
            case Opcodes.LCMP, Opcodes.FCMPL, Opcodes.FCMPG, Opcodes.DCMPL, Opcodes.DCMPG:
                return TaintValue.INT;
            default:
                break;
        }
        if (opcode >= Opcodes.IF_ICMPEQ && opcode <= Opcodes.IF_ACMPNE) {
            flow.frame.setCondition(value1.labels.union(value2.labels));
            return null;
        }
        LabelSet labels = value1.labels.union(value2.labels);
        Type type = switch (opcode) {
            case Opcodes.LADD, Opcodes.LSUB, Opcodes.LMUL, Opcodes.LDIV, Opcodes.LREM, Opcodes.LSHL, Opcodes.LSHR,
                    Opcodes.LUSHR, Opcodes.LAND, Opcodes.LOR, Opcodes.LXOR -> Type.LONG_TYPE;
            case Opcodes.FADD, Opcodes.FSUB, Opcodes.FMUL, Opcodes.FDIV, Opcodes.FREM -> Type.FLOAT_TYPE;
            case Opcodes.DADD, Opcodes.DSUB, Opcodes.DMUL, Opcodes.DDIV, Opcodes.DREM -> Type.DOUBLE_TYPE;
            default -> Type.INT_TYPE;
        };
        return TaintValue.of(type, labels, 0);
    }

    @Override
    public TaintValue ternaryOperation(AbstractInsnNode insn, TaintValue array, TaintValue index, TaintValue value) {
        if (flow.containers.knowsContents(array)) {
            flow.containers.store(array, index, value);
        } else {
            flow.escape(value);
        }
        if (!value.labels.isEmpty() || value.tags != 0) {
            flow.effects.mutate(array, value.labels, value.tags);
        }
        return null;
    }

    @Override
    public TaintValue naryOperation(AbstractInsnNode insn, List<? extends TaintValue> values) {
        if (insn instanceof MethodInsnNode call) {
            return flow.calls.call(call, values);
        }
        if (insn instanceof InvokeDynamicInsnNode dynamic) {
            return flow.calls.invokeDynamic(dynamic, values);
        }
        if (insn instanceof MultiANewArrayInsnNode array) {
            return TaintValue.of(Type.getType(array.desc), LabelSet.EMPTY, flow.insnIndex + 1);
        }
        return TaintValue.UNINITIALIZED;
    }

    @Override
    public void returnOperation(AbstractInsnNode insn, TaintValue value, TaintValue expected) {
        flow.returning = value;
        flow.effects.returned(value);
    }

    /**
     * Where paths meet, a value carries what either path brought; returning the first value when
     * nothing is added is what lets ASM's analyzer see the frame settle.
     */
    @Override
    public TaintValue merge(TaintValue value1, TaintValue value2) {
        if (value1 == value2 || value1.equals(value2)) {
            return value1;
        }
        if (value1 == TaintValue.UNINITIALIZED || value2 == TaintValue.UNINITIALIZED || value1.size != value2.size) {
            return TaintValue.UNINITIALIZED;
        }
        Type type;
        if (value1.isReference() && value2.isReference()) {
            type = commonSupertype(value1.type, value2.type);
        } else if (value1.type != null && value1.type.equals(value2.type)) {
            type = value1.type;
        } else if (value1.isReference() != value2.isReference()) {
            return TaintValue.UNINITIALIZED;
        } else {
            type = value1.type;
        }
        TaintValue joined = value1.join(value2, type);
        return joined.equals(value1) ? value1 : joined;
    }

    private Type commonSupertype(Type type1, Type type2) {
        if (type1.equals(type2) || type2.equals(TaintValue.NULL_TYPE)) {
            return type1;
        }
        if (type1.equals(TaintValue.NULL_TYPE)) {
            return type2;
        }
        if (type1.getSort() == Type.OBJECT && type2.getSort() == Type.OBJECT) {
            if (flow.context.hierarchy.isSubtype(type2.getInternalName(), type1.getInternalName())) {
                return type1;
            }
            if (flow.context.hierarchy.isSubtype(type1.getInternalName(), type2.getInternalName())) {
                return type2;
            }
        }
        return Type.getObjectType("java/lang/Object");
    }
}
