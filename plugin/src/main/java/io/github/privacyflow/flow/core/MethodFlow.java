package io.github.privacyflow.flow.core;

import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.SinkReach;
import io.github.privacyflow.flow.SinkSpec;
import io.github.privacyflow.flow.Witness;
import io.github.privacyflow.flow.calls.Lambdas;
import io.github.privacyflow.flow.calls.ResolvedCall;
import io.github.privacyflow.flow.handlers.LibraryModels;
import io.github.privacyflow.flow.handlers.FieldAccess;
import io.github.privacyflow.flow.handlers.CallFlow;
import io.github.privacyflow.flow.handlers.CallEffect;
import io.github.privacyflow.flow.ClassNames;
import io.github.privacyflow.model.MethodModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.Interpreter;

/**
 * The taint analysis of one method body: ASM's data-flow {@link Analyzer} over
 * {@link TaintValue}s, with calls into the program applied through the callees' current
 * summaries and library calls through the catalogues. It produces the method's own summary,
 * the sink hits whose data is known here, and the data it stores into fields.
 */
final class MethodFlow extends Interpreter<TaintValue> {

    private final FlowContext context;
    private final MethodModel method;
    private final int[] lines;
    private final int[] argumentOfLocal;
    private final String ownerName;

    private TaintFrame frame;
    private int insnIndex;
    private final List<Runnable> afterExecute = new ArrayList<>();
    private boolean consentAfterCall;

    final Summary summary = new Summary();
    /** Hits with known data, one per sink site and chain: each chain is a calling context of its own, and may leave the module elsewhere. */
    final Map<List<Object>, SinkReach> concreteHits = new LinkedHashMap<>();
    final Map<String, SinkReach> holderStores = new LinkedHashMap<>();
    final Map<String, LabelSet> fieldWrites = new LinkedHashMap<>();
    private boolean returnsSeen;
    private boolean allReturnsConsented = true;
    private long steps;

    MethodFlow(FlowContext context, MethodModel method) {
        super(Opcodes.ASM9);
        this.context = context;
        this.method = method;
        this.ownerName = method.declaringClass().internalName();
        this.lines = lines(method);
        this.argumentOfLocal = argumentOfLocal(method);
    }

    private static int[] lines(MethodModel method) {
        int[] result = new int[method.node().instructions.size()];
        int line = 0;
        int index = 0;
        for (AbstractInsnNode insn : method.node().instructions) {
            if (insn instanceof LineNumberNode number) {
                line = number.line;
            }
            result[index++] = line;
        }
        return result;
    }

    private static int[] argumentOfLocal(MethodModel method) {
        int[] map = new int[Math.max(1, method.node().maxLocals)];
        java.util.Arrays.fill(map, -1);
        int local = 0;
        int argument = 0;
        if (!method.isStatic()) {
            map[local++] = argument++;
        }
        for (Type type : Type.getArgumentTypes(method.descriptor())) {
            if (local < map.length) {
                map[local] = argument;
            }
            local += type.getSize();
            argument++;
        }
        return map;
    }

    /**
     * Runs the analysis.
     *
     * @throws AnalyzerException when ASM cannot follow the code
     */
    void run() throws AnalyzerException {
        Analyzer<TaintValue> analyzer = new Analyzer<>(this) {
            @Override
            protected Frame<TaintValue> newFrame(int numLocals, int numStack) {
                return new TaintFrame(numLocals, numStack);
            }

            @Override
            protected Frame<TaintValue> newFrame(Frame<? extends TaintValue> frame) {
                return new TaintFrame(frame);
            }
        };
        analyzer.analyze(ownerName, method.node());
        summary.establishesConsent = returnsSeen && allReturnsConsented;
    }

    /**
     * Counts one step of this method's analysis (an instruction interpreted or a frame merged)
     * against the budget; checking the clock only every few thousand steps keeps this cheap.
     */
    void step() {
        steps++;
        if (steps > context.budget.methodSteps()) {
            throw new BudgetExceeded(BudgetExceeded.Kind.METHOD_STEPS);
        }
        if ((steps & 0xFFF) == 0 && context.budget.expired()) {
            throw new BudgetExceeded(BudgetExceeded.Kind.MODULE_TIME);
        }
    }

    Label parameterLabel(int argument) {
        return context.labels.parameter(argument);
    }

    // ---- frame hooks -----------------------------------------------------------------------

    void enter(TaintFrame current, AbstractInsnNode insn) {
        frame = current;
        insnIndex = method.node().instructions.indexOf(insn);
        afterExecute.clear();
        consentAfterCall = false;
    }

    void leave(TaintFrame current, AbstractInsnNode insn) {
        for (Runnable action : afterExecute) {
            action.run();
        }
        afterExecute.clear();
        if (consentAfterCall) {
            current.giveConsent();
        }
        int opcode = insn.getOpcode();
        if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
            returnsSeen = true;
            allReturnsConsented &= current.consent();
        }
    }

    private int line() {
        return insnIndex >= 0 && insnIndex < lines.length ? lines[insnIndex] : 0;
    }

    private Anchor here(String detail) {
        return new Anchor.AtCode(method, line(), detail);
    }

    // ---- values ----------------------------------------------------------------------------

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

    @Override
    public TaintValue newParameterValue(boolean isInstanceMethod, int local, Type type) {
        int argument = local < argumentOfLocal.length ? argumentOfLocal[local] : -1;
        if (argument < 0) {
            return newValue(type);
        }
        Anchor anchor = new Anchor.AtCode(method, method.firstLine(), "argument " + argument);
        LabelSet labels = LabelSet.of(context.labels.parameter(argument), Witness.start("argument " + argument, anchor));
        Optional<Label> source = context.handlers.sources().parameter(method, argument);
        if (source.isPresent()) {
            labels = labels.union(LabelSet.of(source.get(), Witness.start("parameter " + source.get().source().description()
                    + " is " + source.get().source().category() + " data", source.get().source().anchor())));
        }
        labels = labels.union(typed(type, "receives a " + ClassNames.simple(type.getInternalName()), anchor));
        return TaintValue.of(type, labels, -(argument + 1));
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

    /** The type's own labels (instances of personal types), with a first step. */
    private LabelSet typed(Type type, String description, Anchor anchor) {
        LabelSet labels = context.handlers.sources().instance(type);
        if (labels.isEmpty()) {
            return labels;
        }
        return labels.mapWitnesses(witness -> witness != null ? witness : Witness.start(description, anchor));
    }

    private TaintValue reference(Type type, LabelSet labels) {
        LabelSet all = labels.union(typed(type, "gets a " + ClassNames.simple(type.getInternalName()), here("type")));
        return TaintValue.of(type, all, type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY ? insnIndex + 1 : 0);
    }

    // ---- instructions ----------------------------------------------------------------------

    @Override
    public TaintValue newOperation(AbstractInsnNode insn) {
        switch (insn.getOpcode()) {
            case Opcodes.ACONST_NULL:
                return TaintValue.of(TaintValue.NULL_TYPE, LabelSet.EMPTY, 0);
            case Opcodes.ICONST_M1, Opcodes.ICONST_0, Opcodes.ICONST_1, Opcodes.ICONST_2, Opcodes.ICONST_3,
                    Opcodes.ICONST_4, Opcodes.ICONST_5, Opcodes.BIPUSH, Opcodes.SIPUSH:
                return TaintValue.INT;
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
                return readField((FieldInsnNode) insn);
            case Opcodes.NEW:
                Type created = Type.getObjectType(((TypeInsnNode) insn).desc);
                return TaintValue.of(created, typed(created, "creates a " + ClassNames.simple(created.getInternalName()),
                        here("new")), insnIndex + 1);
            default:
                return TaintValue.UNINITIALIZED;
        }
    }

    private static TaintValue constant(Object constant) {
        if (constant instanceof Integer) {
            return TaintValue.INT;
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
            return TaintValue.of(Type.getObjectType("java/lang/String"), LabelSet.EMPTY, 0);
        }
        if (constant instanceof Type type) {
            return TaintValue.of(type.getSort() == Type.METHOD ? Type.getObjectType("java/lang/invoke/MethodType")
                    : Type.getObjectType("java/lang/Class"), LabelSet.EMPTY, 0);
        }
        if (constant instanceof Handle) {
            return TaintValue.of(Type.getObjectType("java/lang/invoke/MethodHandle"), LabelSet.EMPTY, 0);
        }
        if (constant instanceof org.objectweb.asm.ConstantDynamic dynamic) {
            return TaintValue.of(Type.getType(dynamic.getDescriptor()), LabelSet.EMPTY, 0);
        }
        return TaintValue.UNINITIALIZED;
    }

    @Override
    public TaintValue copyOperation(AbstractInsnNode insn, TaintValue value) {
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
                return readField((FieldInsnNode) insn);
            case Opcodes.PUTSTATIC:
                writeField((FieldInsnNode) insn, value);
                return null;
            case Opcodes.NEWARRAY, Opcodes.ANEWARRAY:
                Type arrayType = insn.getOpcode() == Opcodes.ANEWARRAY
                        ? Type.getType("[" + Type.getObjectType(((TypeInsnNode) insn).desc).getDescriptor())
                        : Type.getType("[" + primitiveArrayElement(((org.objectweb.asm.tree.IntInsnNode) insn).operand));
                return TaintValue.of(arrayType, LabelSet.EMPTY, insnIndex + 1);
            case Opcodes.ARRAYLENGTH, Opcodes.INSTANCEOF:
                return TaintValue.INT;
            case Opcodes.CHECKCAST:
                Type castTo = Type.getObjectType(((TypeInsnNode) insn).desc);
                return value.withLabels(possibleAfterCast(value.labels, castTo)).withType(castTo)
                        .absorb(typed(castTo, "treats it as " + ClassNames.simple(castTo.getInternalName()), here("cast")), 0);
            default:
                return null;
        }
    }

    /**
     * A cast rules out instances of unrelated types: a factory that can return a user or an
     * attribute returns an attribute when its result is cast to one.
     */
    private LabelSet possibleAfterCast(LabelSet labels, Type castTo) {
        if (castTo.getSort() != Type.OBJECT) {
            return labels;
        }
        String target = castTo.getInternalName();
        return labels.filter(label -> !label.isData() || !label.source().instance() || label.holderType() == null
                || context.hierarchy.isSubtype(label.holderType(), target) || context.hierarchy.isSubtype(target, label.holderType()));
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
        switch (opcode) {
            case Opcodes.IALOAD, Opcodes.BALOAD, Opcodes.CALOAD, Opcodes.SALOAD:
                return TaintValue.of(Type.INT_TYPE, value1.labels, 0);
            case Opcodes.FALOAD:
                return TaintValue.of(Type.FLOAT_TYPE, value1.labels, 0);
            case Opcodes.LALOAD:
                return TaintValue.of(Type.LONG_TYPE, value1.labels, 0);
            case Opcodes.DALOAD:
                return TaintValue.of(Type.DOUBLE_TYPE, value1.labels, 0);
            case Opcodes.AALOAD:
                Type element = value1.type != null && value1.type.getSort() == Type.ARRAY
                        ? Type.getType(value1.type.getDescriptor().substring(1)) : Type.getObjectType("java/lang/Object");
                return reference(element, value1.labels);
            case Opcodes.PUTFIELD:
                writeField((FieldInsnNode) insn, value2);
                return null;
            case Opcodes.LCMP, Opcodes.FCMPL, Opcodes.FCMPG, Opcodes.DCMPL, Opcodes.DCMPG:
                return TaintValue.INT;
            default:
                break;
        }
        if (opcode >= Opcodes.IF_ICMPEQ && opcode <= Opcodes.IF_ACMPNE) {
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
        if (!value.labels.isEmpty() || value.tags != 0) {
            mutate(array, value.labels, value.tags);
        }
        return null;
    }

    @Override
    public TaintValue naryOperation(AbstractInsnNode insn, List<? extends TaintValue> values) {
        if (insn instanceof MethodInsnNode call) {
            return call(call, values);
        }
        if (insn instanceof InvokeDynamicInsnNode dynamic) {
            return invokeDynamic(dynamic, values);
        }
        if (insn instanceof MultiANewArrayInsnNode array) {
            return TaintValue.of(Type.getType(array.desc), LabelSet.EMPTY, insnIndex + 1);
        }
        return TaintValue.UNINITIALIZED;
    }

    @Override
    public void returnOperation(AbstractInsnNode insn, TaintValue value, TaintValue expected) {
        summary.returned = summary.returned.union(value.labels);
        summary.returnedTags |= value.tags;
        for (SinkSpec sink : context.handlers.sinks().ofReturn(method)) {
            if (!value.labels.isEmpty()) {
                recordSink(sink, method.declaringClass().simpleName() + "." + method.name() + " returns", value.labels);
            }
        }
    }

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
            if (context.hierarchy.isSubtype(type2.getInternalName(), type1.getInternalName())) {
                return type1;
            }
            if (context.hierarchy.isSubtype(type1.getInternalName(), type2.getInternalName())) {
                return type2;
            }
        }
        return Type.getObjectType("java/lang/Object");
    }

    // ---- fields ----------------------------------------------------------------------------

    private TaintValue readField(FieldInsnNode insn) {
        Type type = Type.getType(insn.desc);
        String key = context.fields.key(insn.owner, insn.name);
        String fieldName = ClassNames.simple(insn.owner) + "." + insn.name;
        LabelSet labels = LabelSet.EMPTY;
        Optional<Label> source = context.handlers.sources().field(insn.owner, insn.name);
        if (source.isPresent()) {
            labels = LabelSet.of(source.get(), Witness.start("reads " + source.get().source().describe(), here("reads " + fieldName)));
        }
        LabelSet stored = context.fieldTaint.get(key);
        if (stored != null) {
            String readBack = "reads it back from " + fieldName;
            Anchor at = here("reads " + fieldName);
            labels = labels.union(stored.mapWitnesses(witness -> Witness.then(witness, readBack, at)));
        }
        int tags = insn.getOpcode() == Opcodes.GETSTATIC ? context.handlers.models().staticFieldTags(insn.owner, insn.name) : 0;
        TaintValue value = type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY
                ? reference(type, labels) : TaintValue.of(type, labels, 0);
        return value.withTags(tags).withField(key);
    }

    private void writeField(FieldInsnNode insn, TaintValue value) {
        if (value.labels.isEmpty()) {
            return;
        }
        String key = context.fields.key(insn.owner, insn.name);
        storeIntoField(key, ClassNames.simple(insn.owner) + "." + insn.name, value.labels, true);
    }

    private void storeIntoField(String key, String fieldName, LabelSet labels, boolean addStep) {
        LabelSet withStep = labels;
        if (addStep) {
            String stores = "stores it in " + fieldName;
            Anchor at = here("stores in " + fieldName);
            withStep = labels.mapWitnesses(witness -> Witness.then(witness, stores, at));
        }
        LabelSet parameters = withStep.only(Label.Kind.PARAMETER);
        if (!parameters.isEmpty()) {
            summary.addFieldWrite(key, parameters);
        }
        LabelSet concrete = withStep.without(Label.Kind.PARAMETER);
        if (!concrete.isEmpty()) {
            fieldWrites.merge(key, concrete, LabelSet::union);
        }
    }

    /** Data flows into an object: every alias of it, the field it came from, the argument it was. */
    private void mutate(TaintValue target, LabelSet labels, int tags) {
        if (target == null || (labels.isEmpty() && tags == 0)) {
            return;
        }
        int objectId = target.objectId;
        if (objectId != 0) {
            TaintFrame current = frame;
            afterExecute.add(() -> current.mutate(objectId, labels, tags));
        }
        if (objectId < 0 && !labels.isEmpty()) {
            summary.addArgumentMutation(-objectId - 1, labels);
        }
        if (target.field != null && !labels.isEmpty() && context.fields.isProgramField(target.field)) {
            storeIntoField(target.field, target.field.substring(target.field.lastIndexOf('/') + 1).replace('#', '.'), labels, true);
        }
    }

    // ---- calls -----------------------------------------------------------------------------

    private TaintValue call(MethodInsnNode call, List<? extends TaintValue> values) {
        int opcode = call.getOpcode();
        boolean hasReceiver = opcode != Opcodes.INVOKESTATIC;
        TaintValue receiver = hasReceiver ? values.get(0) : null;
        Type returnType = Type.getReturnType(call.desc);
        LibraryModels models = context.handlers.models();
        Optional<FieldAccess> access = models.fieldAccess(call.owner, call.name);
        if (access.isPresent()) {
            return fieldAccessCall(call, access.get(), values, returnType);
        }
        String receiverClass = receiver != null && receiver.type != null && receiver.type.getSort() == Type.OBJECT
                && !receiver.type.equals(TaintValue.NULL_TYPE) ? receiver.type.getInternalName() : null;
        ResolvedCall resolved = context.calls.resolve(opcode, call.owner, call.name, call.desc, receiverClass);
        List<MethodModel> targets = resolved.targets();
        String callee = ClassNames.simple(call.owner) + (call.name.equals("<init>") ? "" : "." + call.name);

        checkSinks(resolved, values, receiver, hasReceiver, callee);
        CallEffect effect = models.effect(resolved);
        if (effect.givesConsent()) {
            consentAfterCall = true;
        }
        if (effect.returnsNothingPersonal()) {
            return returnType.getSort() == Type.VOID ? null : TaintValue.of(returnType, LabelSet.EMPTY, insnIndex + 1);
        }

        LabelSet result = LabelSet.EMPTY;
        int resultTags = 0;
        if (!targets.isEmpty()) {
            boolean allGiveConsent = true;
            for (MethodModel target : targets) {
                Summary calleeSummary = context.summaries.getOrDefault(target, Summary.EMPTY);
                result = result.union(applySummary(target, calleeSummary, values));
                resultTags |= calleeSummary.returnedTags;
                allGiveConsent &= calleeSummary.establishesConsent;
            }
            if (allGiveConsent) {
                consentAfterCall = true;
            }
        }
        CallFlow flow = null;
        if (targets.isEmpty() || !resolved.programOwner()) {
            boolean passesLambda = values.stream().anyMatch(value -> value.lambda != null);
            flow = models.flow(resolved, passesLambda);
            LibraryResult library = libraryCall(flow, values, receiver, hasReceiver, resolved.isConstructor());
            result = result.union(library.labels);
            resultTags |= library.tags;
        }
        Optional<Label> source = context.handlers.sources().result(resolved);
        if (source.isPresent()) {
            result = result.union(LabelSet.of(source.get(), Witness.start("calls " + callee + "(), which returns "
                    + source.get().source().describe(), here("calls " + callee))));
        }
        if (returnType.getSort() == Type.VOID) {
            return null;
        }
        TaintValue value = returnType.getSort() == Type.OBJECT || returnType.getSort() == Type.ARRAY
                ? reference(returnType, result) : TaintValue.of(returnType, result, 0);
        value = value.withTags(resultTags);
        if (targets.isEmpty() && receiver != null && receiver.objectId != 0 && flow.returnsReceiver()) {
            // A builder's fluent call returns the builder itself: later mutations must reach both names.
            value = value.sameObjectAs(receiver);
        }
        return value;
    }

    /** An accessor that stands for a field access: a read or write of the field it names; other plumbing passes nothing on. */
    private TaintValue fieldAccessCall(MethodInsnNode call, FieldAccess access, List<? extends TaintValue> values,
            Type returnType) {
        switch (access.kind()) {
            case GETTER:
                return readField(new FieldInsnNode(Opcodes.GETFIELD, call.owner, access.field(), returnType.getDescriptor()));
            case SETTER:
                TaintValue value = values.get(values.size() - 1);
                writeField(new FieldInsnNode(Opcodes.PUTFIELD, call.owner, access.field(), value.type == null
                        ? "Ljava/lang/Object;" : value.type.getDescriptor()), value);
                return returnType.getSort() == Type.VOID ? null : TaintValue.of(returnType, LabelSet.EMPTY, 0);
            default:
                return returnType.getSort() == Type.VOID ? null : TaintValue.of(returnType, LabelSet.EMPTY, insnIndex + 1);
        }
    }

    private void checkSinks(ResolvedCall call, List<? extends TaintValue> values, TaintValue receiver, boolean hasReceiver,
            String callee) {
        for (SinkSpec sink : context.handlers.sinks().at(call)) {
            if (sink.requiredTag() != 0 && (receiver == null || (receiver.tags & sink.requiredTag()) == 0)) {
                continue;
            }
            LabelSet sunk = LabelSet.EMPTY;
            if (sink.sunk().receiver() && receiver != null) {
                sunk = sunk.union(receiver.labels);
            }
            int first = hasReceiver ? 1 : 0;
            for (int i = first; i < values.size(); i++) {
                if (sink.sunk().takesArgument(i - first)) {
                    sunk = sunk.union(values.get(i).labels);
                }
            }
            if (!sunk.isEmpty()) {
                recordSink(sink, callee, sunk);
            }
        }
    }

    private void recordSink(SinkSpec sink, String callee, LabelSet labels) {
        String what = sink.kind() != null ? sink.kind() : "processor " + sink.processor();
        String sends = "sends it to " + callee + " (" + what + ")";
        Anchor at = here("sink " + callee);
        LabelSet arrived = labels.mapWitnesses(witness -> Witness.then(witness, sends, at));
        SinkReach hit = SinkReach.at(method, line(), callee, sink, arrived, !frame.consent());
        LabelSet parameters = arrived.only(Label.Kind.PARAMETER);
        if (!parameters.isEmpty()) {
            summary.addParameterHit(hit.withLabels(parameters));
        }
        recordConcrete(hit.withLabels(arrived.without(Label.Kind.PARAMETER)));
        if (context.handlers.sinks().stores(sink) && hit.unconsented()) {
            summary.addUnconsentedStore(hit);
        }
    }

    private void recordConcrete(SinkReach hit) {
        if (!hit.labels().hasData()) {
            return;
        }
        concreteHits.merge(List.of(hit.siteKey(), hit.chain()), hit,
                (known, added) -> known.withLabels(known.labels().union(added.labels())));
        if (context.handlers.sinks().stores(hit.spec())) {
            for (int i = 0; i < hit.labels().size(); i++) {
                Label label = hit.labels().label(i);
                if (label.holderType() != null) {
                    holderStores.putIfAbsent(label.holderType(), hit);
                }
            }
        }
    }

    /** A summary applied at a call, as it was last applied there: the same inputs give the same effects. */
    private record AppliedSummary(Summary callee, List<LabelSet> arguments, boolean consent, LabelSet result,
            Map<Integer, LabelSet> mutations) {
    }

    private record CallSite(int instruction, MethodModel target) {
    }

    /**
     * The summaries applied in this run, by call: the analysis interprets a call again on every
     * pass over a loop, and binding a summary is the costliest step of the analysis.
     */
    private final Map<CallSite, AppliedSummary> applied = new HashMap<>();

    /**
     * Applies a callee's summary at a call: its result in the caller's terms, the data it
     * writes into the arguments and fields, and the sinks and stores the arguments reach.
     */
    private LabelSet applySummary(MethodModel target, Summary callee, List<? extends TaintValue> values) {
        List<LabelSet> arguments = new ArrayList<>(values.size());
        for (TaintValue value : values) {
            arguments.add(value.labels);
        }
        CallSite site = new CallSite(insnIndex, target);
        AppliedSummary last = applied.get(site);
        if (last != null && last.callee() == callee && last.consent() == frame.consent() && last.arguments().equals(arguments)) {
            // Hits, stores and field writes were recorded the first time; only this frame's aliases need the mutations.
            last.mutations().forEach((argument, labels) -> mutate(values.get(argument), labels, 0));
            return last.result();
        }
        Map<Integer, LabelSet> mutations = new LinkedHashMap<>();
        LabelSet result = bindSummary(target, callee, values, mutations);
        applied.put(site, new AppliedSummary(callee, arguments, frame.consent(), result, mutations));
        return result;
    }

    private LabelSet bindSummary(MethodModel target, Summary callee, List<? extends TaintValue> values,
            Map<Integer, LabelSet> mutations) {
        String name = target.declaringClass().simpleName() + "." + target.sourceName() + "()";
        Anchor anchor = here("calls " + name);
        LabelSet.Builder returned = new LabelSet.Builder();
        String returnedBy = "returned by " + name;
        String passes = "passes it to " + name;
        for (int i = 0; i < callee.returned.size(); i++) {
            Label label = callee.returned.label(i);
            if (label.kind() == Label.Kind.PARAMETER) {
                if (label.index() < values.size()) {
                    returned.addAll(values.get(label.index()).labels);
                }
            } else {
                returned.add(label, Witness.then(callee.returned.witness(i), returnedBy, anchor));
            }
        }
        LabelSet result = returned.build();
        boolean argumentsCarryLabels = false;
        for (TaintValue value : values) {
            argumentsCarryLabels |= !value.labels.isEmpty();
        }
        if (!argumentsCarryLabels) {
            // Mutations, field writes and sink hits of a summary are in terms of its parameters:
            // with nothing passed in, they bring nothing here but the stores' own data.
            recordCalleeStores(callee, values, passes, anchor);
            return result;
        }
        for (Map.Entry<Integer, LabelSet> mutation : callee.argumentMutations.entrySet()) {
            if (mutation.getKey() < values.size()) {
                LabelSet into = bind(mutation.getValue(), values, passes, anchor);
                mutations.put(mutation.getKey(), into);
                mutate(values.get(mutation.getKey()), into, 0);
            }
        }
        for (Map.Entry<String, LabelSet> write : callee.fieldWrites.entrySet()) {
            String field = write.getKey();
            // A field keeps the first path of each label: only labels it does not hold yet are worth a path.
            LabelSet global = context.fieldTaint.getOrDefault(field, LabelSet.EMPTY);
            LabelSet local = fieldWrites.getOrDefault(field, LabelSet.EMPTY);
            LabelSet inSummary = summary.fieldWrites.getOrDefault(field, LabelSet.EMPTY);
            LabelSet written = bind(write.getValue(), values, passes, anchor,
                    label -> global.contains(label) || local.contains(label) || inSummary.contains(label));
            if (!written.isEmpty()) {
                // The callee's path already ends with its "stores it in" step.
                storeIntoField(field, field.substring(field.lastIndexOf('/') + 1).replace('#', '.'), written, false);
            }
        }
        for (SinkReach hit : callee.parameterHits.values()) {
            LabelSet bound = bind(hit.labels().only(Label.Kind.PARAMETER), values, passes, anchor);
            if (bound.isEmpty()) {
                continue;
            }
            SinkReach here = hit.fromCaller(method, bound, frame.consent());
            LabelSet parameters = bound.only(Label.Kind.PARAMETER);
            if (!parameters.isEmpty()) {
                summary.addParameterHit(here.withLabels(parameters));
            }
            recordConcrete(here.withLabels(bound.without(Label.Kind.PARAMETER)));
        }
        recordCalleeStores(callee, values, passes, anchor);
        return result;
    }

    /** A callee's stores before consent are this method's too, unless consent was given before the call. */
    private void recordCalleeStores(Summary callee, List<? extends TaintValue> values, String passes, Anchor anchor) {
        if (frame.consent()) {
            return;
        }
        for (SinkReach store : callee.unconsentedStores.values()) {
            LabelSet bound = bind(store.labels().only(Label.Kind.PARAMETER), values, passes, anchor)
                    .union(store.labels().only(Label.Kind.DATA));
            if (!bound.isEmpty()) {
                summary.addUnconsentedStore(store.fromCaller(method, bound, false));
            }
        }
    }

    /** Replaces parameter labels by what the caller passes, keeping the callee's path after the call. */
    private LabelSet bind(LabelSet labels, List<? extends TaintValue> values, String passes, Anchor anchor) {
        return bind(labels, values, passes, anchor, label -> false);
    }

    /** Binds like {@link #bind(LabelSet, List, String, Anchor)}, leaving out the labels the target already holds. */
    private LabelSet bind(LabelSet labels, List<? extends TaintValue> values, String passes, Anchor anchor, Predicate<Label> known) {
        LabelSet.Builder bound = new LabelSet.Builder();
        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.label(i);
            if (label.kind() != Label.Kind.PARAMETER) {
                bound.add(label, labels.witness(i));
                continue;
            }
            if (label.index() >= values.size()) {
                continue;
            }
            Witness calleePath = labels.witness(i);
            LabelSet argument = values.get(label.index()).labels;
            for (int a = 0; a < argument.size(); a++) {
                if (!known.test(argument.label(a))) {
                    bound.add(argument.label(a), Witness.call(argument.witness(a), passes, anchor, calleePath));
                }
            }
        }
        return bound.build();
    }

    private record LibraryResult(LabelSet labels, int tags) {
    }

    /**
     * A call into code without a body here, as the library models describe it: lambdas passed
     * in run on the receiver's and arguments' data, the arguments may flow into the receiver,
     * and the result carries what the model says.
     */
    private LibraryResult libraryCall(CallFlow flow, List<? extends TaintValue> values, TaintValue receiver,
            boolean hasReceiver, boolean constructor) {
        LabelSet argumentLabels = LabelSet.EMPTY;
        int argumentTags = 0;
        for (int i = hasReceiver ? 1 : 0; i < values.size(); i++) {
            argumentLabels = argumentLabels.union(values.get(i).labels);
            argumentTags |= values.get(i).tags;
        }
        LabelSet lambdaLabels = LabelSet.EMPTY;
        LabelSet elements = receiver == null ? argumentLabels : receiver.labels.union(argumentLabels);
        for (TaintValue value : values) {
            if (value.lambda != null) {
                lambdaLabels = lambdaLabels.union(applyLambda(value.lambda, elements));
            }
        }
        if (hasReceiver && receiver != null && flow.intoReceiver()) {
            mutate(receiver, argumentLabels.union(lambdaLabels), argumentTags | (constructor ? flow.tags() : 0));
        }
        int receiverTags = receiver == null ? 0 : receiver.tags;
        return switch (flow.resultOrDefault()) {
            case NOTHING -> new LibraryResult(LabelSet.EMPTY, 0);
            // stream.map(f) holds what f returns, not the elements f was given.
            case FUNCTION_RESULT -> new LibraryResult(lambdaLabels, receiverTags);
            case RECEIVER -> new LibraryResult(receiver == null ? LabelSet.EMPTY : receiver.labels.union(lambdaLabels),
                    receiverTags | flow.tags());
            case ALL -> new LibraryResult(elements.union(lambdaLabels), receiverTags | argumentTags | flow.tags());
        };
    }

    /** Lambdas nest (a lambda capturing a lambda); past this depth their effects are not followed. */
    private static final int MAX_LAMBDA_DEPTH = 3;
    private int lambdaDepth;

    /**
     * A lambda or method reference handed to a library method runs on the receiver's and
     * arguments' data (a list's elements, an optional's value): it is treated as a call of its
     * implementation, with the captured values first and that data for the rest, so a body in
     * the program applies its summary, and a reference to a library method (a logger's
     * {@code info}, a source) is checked like a direct call.
     */
    private LabelSet applyLambda(TaintValue.Lambda lambda, LabelSet elements) {
        if (lambdaDepth >= MAX_LAMBDA_DEPTH) {
            return LabelSet.EMPTY;
        }
        Handle implementation = lambda.implementation();
        Type[] valueTypes = Lambdas.valueTypes(implementation);
        List<TaintValue> arguments = new ArrayList<>(valueTypes.length);
        for (int i = 0; i < valueTypes.length; i++) {
            arguments.add(i < lambda.captured().length ? lambda.captured()[i] : TaintValue.of(valueTypes[i], elements, 0));
        }
        if (Lambdas.isConstructor(implementation)) {
            LabelSet all = LabelSet.EMPTY;
            for (TaintValue argument : arguments) {
                all = all.union(argument.labels);
            }
            return all.union(context.handlers.sources().instance(Type.getObjectType(implementation.getOwner())));
        }
        lambdaDepth++;
        try {
            TaintValue result = call(Lambdas.invocation(implementation), arguments);
            return result == null ? LabelSet.EMPTY : result.labels;
        } finally {
            lambdaDepth--;
        }
    }

    private TaintValue invokeDynamic(InvokeDynamicInsnNode dynamic, List<? extends TaintValue> values) {
        Type returnType = Type.getReturnType(dynamic.desc);
        LabelSet labels = LabelSet.EMPTY;
        int tags = 0;
        for (TaintValue value : values) {
            labels = labels.union(value.labels);
            tags |= value.tags;
        }
        TaintValue result = TaintValue.of(returnType, labels, returnType.getSort() == Type.OBJECT ? insnIndex + 1 : 0);
        Optional<Handle> implementation = Lambdas.implementation(dynamic);
        if (implementation.isPresent()) {
            return result.withLambda(new TaintValue.Lambda(implementation.get(), values.toArray(TaintValue[]::new)));
        }
        return result.withTags(tags);
    }
}
