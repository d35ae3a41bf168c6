package io.github.privacyflow.flow.core;

import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.flow.ClassNames;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.Witness;
import io.github.privacyflow.model.MethodModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * One run of the taint analysis over one method body: ASM's data-flow {@link Analyzer} driven
 * by the {@link TaintInterpreter}, with calls handled by the {@link CallTransfer}. This class
 * holds what the parts share while the run goes on (the instruction being interpreted, its
 * frame, the budget spent) and what the run produces, in {@link MethodEffects}: the method's
 * summary, the sink hits whose data is known here, and the data it stores into fields.
 */
final class MethodFlow {

    final FlowContext context;
    final MethodModel method;
    final MethodEffects effects;
    /** The code analysed: the method's own, or a copy whose constant branches go one way only. */
    final org.objectweb.asm.tree.MethodNode node;
    final FieldTransfer fields;
    final CallTransfer calls;
    final ContainerTransfer containers;
    final ReflectionTransfer reflection;
    private final TaintInterpreter interpreter;
    private final int[] lines;

    /** The frame of the instruction being interpreted; a mutation reaches the aliases in it. */
    TaintFrame frame;
    /** The index of the instruction being interpreted, which also names the objects it creates. */
    int insnIndex;
    /** Mutations of aliases wait until the instruction has run, so they see the frame it leaves. */
    final List<Runnable> afterExecute = new ArrayList<>();
    /** Set by a call that gives consent; the frame after the call records it. */
    boolean consentAfterCall;
    /** The instructions that make a new object each time they run: allocations, and calls of factories. */
    private final java.util.BitSet freshSites = new java.util.BitSet();
    /** The second objects instructions make, kept apart: a bit set that far out would cost a megabit per method. */
    private final java.util.Set<Integer> secondFresh = new java.util.HashSet<>();
    /** The constants that are the arms of a boolean value computed by branching. */
    final java.util.BitSet booleanArms;
    private boolean returnsSeen;
    private boolean allReturnsConsented = true;
    private long steps;

    /**
     * The class the receiver is known to be, for a run specialised to one subclass (a template
     * method called on an object whose class the caller knows), else {@code null}.
     */
    final Type receiverType;

    MethodFlow(FlowContext context, MethodModel method) {
        this(context, method, null);
    }

    MethodFlow(FlowContext context, MethodModel method, Type receiverType) {
        this.context = context;
        this.method = method;
        this.receiverType = receiverType;
        this.node = context.prunedCode(method);
        this.lines = lines(node);
        this.booleanArms = BooleanValues.arms(node.instructions);
        this.effects = new MethodEffects(this);
        this.fields = new FieldTransfer(this);
        this.containers = new ContainerTransfer(this);
        this.reflection = new ReflectionTransfer(this);
        this.calls = new CallTransfer(this);
        this.interpreter = new TaintInterpreter(this, argumentOfLocal(method, node));
    }

    private static int[] lines(org.objectweb.asm.tree.MethodNode node) {
        int[] result = new int[node.instructions.size()];
        int line = 0;
        int index = 0;
        for (AbstractInsnNode insn : node.instructions) {
            if (insn instanceof LineNumberNode number) {
                line = number.line;
            }
            result[index++] = line;
        }
        return result;
    }

    /** Which argument (receiver first) each local variable slot holds on entry, -1 for none. */
    private static int[] argumentOfLocal(MethodModel method, org.objectweb.asm.tree.MethodNode node) {
        int[] map = new int[Math.max(1, node.maxLocals)];
        Arrays.fill(map, -1);
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
        Analyzer<TaintValue> analyzer = new Analyzer<>(interpreter) {
            @Override
            protected Frame<TaintValue> newFrame(int numLocals, int numStack) {
                return new TaintFrame(numLocals, numStack);
            }

            @Override
            protected Frame<TaintValue> newFrame(Frame<? extends TaintValue> frame) {
                return new TaintFrame(frame);
            }
        };
        analyzer.analyze(method.declaringClass().internalName(), node);
        effects.summarizeHeap();
        effects.summary.establishesConsent = returnsSeen && allReturnsConsented;
        // The last run of every method is kept until the findings are collected: the last frame,
        // the writes no object published and the access paths are not needed for that.
        frame = null;
        unpublishedWrites.clear();
        paths.clear();
        pathIndexes.clear();
        calls.runEnded();
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

    /** Whether the object is one this method allocated (or got new from a factory it calls). */
    boolean isFresh(int objectId) {
        return objectId > SECOND_OBJECT ? secondFresh.contains(objectId) : objectId > 0 && freshSites.get(objectId - 1);
    }

    /** Whether the object is one of the method's arguments (the receiver included). */
    static boolean isArgument(int objectId) {
        return objectId < 0 && objectId > -FIRST_PATH;
    }

    /** The identity of the object passed as an argument (receiver first): the arguments take the first negative ones. */
    static int argumentObject(int argument) {
        return -argument - 1;
    }

    /** Which argument (receiver first) the object is, -1 for an object that is none. */
    static int argumentOf(int objectId) {
        return isArgument(objectId) ? -objectId - 1 : -1;
    }

    /** The argument an object is reached from: the argument itself, or the argument whose field holds a path object; else -1. */
    int rootArgument(int objectId) {
        return isArgumentPath(objectId) ? pathOf(objectId).argument() : argumentOf(objectId);
    }

    /**
     * Whether the object is the one an argument's field held when the method was called (the
     * second step of an access path, {@code arg.field}), before the method wrote that field.
     */
    static boolean isArgumentPath(int objectId) {
        return objectId <= -FIRST_PATH;
    }

    /** Whether this method knows the object well enough to keep its fields in its own heap. */
    boolean tracks(int objectId) {
        return objectId < 0 || isFresh(objectId);
    }

    /** A field of an argument, as the first step of an access path. */
    record ArgumentPath(int argument, String field) {
    }

    /** Path objects take identities past every argument's. */
    private static final int FIRST_PATH = 1 << 20;
    private final List<ArgumentPath> paths = new ArrayList<>();
    private final Map<ArgumentPath, Integer> pathIndexes = new HashMap<>();

    /**
     * The identity of the object an argument's field held on entry: the same for every read of
     * that field before the method writes it, so the reads alias.
     *
     * @param argument the argument, receiver first
     * @param field the field's key
     * @return the object's identity
     */
    int argumentPath(int argument, String field) {
        int index = pathIndexes.computeIfAbsent(new ArgumentPath(argument, field), path -> {
            paths.add(path);
            return paths.size() - 1;
        });
        return -FIRST_PATH - index;
    }

    /**
     * A callee wrote into objects reachable through one of the values passed to it: the new
     * objects this method keeps in that value's fields escape and their fields become uncertain,
     * and for a value that is this method's argument (or one of its fields), its callers learn
     * the same.
     *
     * @param value the value the callee was passed
     */
    void writtenThrough(TaintValue value) {
        int objectId = value.objectId;
        int argument = rootArgument(objectId);
        if (argument >= 0) {
            effects.summary.writesThrough.add(argument);
        }
        if (!tracks(objectId)) {
            return;
        }
        for (ObjectHeap.Cell cell : frame.heap().fieldsOf(objectId).values()) {
            int held = cell.value().objectId;
            if (isFresh(held)) {
                escape(held);
                frame.setHeap(frame.heap().unsettle(held));
            }
        }
    }

    /** The access path a path object stands for. */
    ArgumentPath pathOf(int objectId) {
        return paths.get(-objectId - FIRST_PATH);
    }

    /** The value the current return instruction returns, {@code null} for none. */
    TaintValue returning;

    /**
     * What this method wrote into the fields of its new objects, by object and field key, with
     * the paths that store it. A new object's fields are its own while only this method names
     * it; they join the program-wide field table only when the object escapes.
     */
    private final Map<Integer, Map<String, LabelSet>> unpublishedWrites = new HashMap<>();

    /** The object may now be reached by code this method does not see; nothing changes for others. */
    void escape(TaintValue value) {
        if (value == null) {
            return;
        }
        if (value.lambda != null) {
            // A lambda handed on takes what it captured with it.
            for (TaintValue captured : value.lambda.captured()) {
                escape(captured);
            }
        }
        escape(value.objectId);
    }

    /**
     * A new object becomes reachable by code this method does not see: what was written into
     * its fields, and into the new objects it holds, goes to the program-wide field table.
     *
     * @param objectId the object's identity; nothing happens for one that is not new here
     */
    void escape(int objectId) {
        if (!isFresh(objectId)) {
            return;
        }
        Set<Integer> published = new HashSet<>();
        publish(frame.heap(), objectId, published);
        ObjectHeap heap = frame.heap();
        for (int held : published) {
            heap = heap.escape(held);
        }
        frame.setHeap(heap);
    }

    /**
     * Marks an object that may be one made elsewhere: reads of its fields also take the
     * program-wide table, and later writes go there at once; what was written into it before
     * stays unpublished until it escapes.
     *
     * @param objectId the object's identity
     */
    void mayBeShared(int objectId) {
        frame.setHeap(frame.heap().escape(objectId));
    }

    /** Publishes an object's unpublished writes and those of the new objects its fields hold, in this heap. */
    private void publish(ObjectHeap heap, int objectId, Set<Integer> published) {
        if (!published.add(objectId)) {
            return;
        }
        Map<String, LabelSet> writes = unpublishedWrites.remove(objectId);
        if (writes != null) {
            writes.forEach((key, labels) -> effects.storeIntoField(key, context.fieldName(key), labels, false));
        }
        for (ObjectHeap.Cell cell : heap.fieldsOf(objectId).values()) {
            if (isFresh(cell.value().objectId)) {
                publish(heap, cell.value().objectId, published);
            }
        }
    }

    /**
     * Data written into a field of a new object that has not escaped: kept with the object, and
     * published if it escapes.
     *
     * @param objectId the object
     * @param key the field's key
     * @param labels what is written, with its path up to the store
     */
    void writeUnpublished(int objectId, String key, LabelSet labels) {
        if (!labels.isEmpty()) {
            unpublishedWrites.computeIfAbsent(objectId, id -> new HashMap<>()).merge(key, labels, LabelSet::union);
        }
    }

    /** Whether the object is new here and not reachable by code this method does not see. */
    boolean unpublished(int objectId) {
        return isFresh(objectId) && !frame.heap().escaped(objectId);
    }

    /** A second identity for an object's contents also takes what its fields wait to publish. */
    void copyObject(int from, int to) {
        frame.setHeap(frame.heap().copyObject(from, to, this::join));
        Map<String, LabelSet> writes = unpublishedWrites.get(from);
        if (writes != null) {
            writes.forEach((key, labels) -> writeUnpublished(to, key, labels));
        }
        if (frame.heap().escaped(to)) {
            escape(to);
        }
    }

    /** A new object some return gives back, when the method is no factory: its callers cannot name it. */
    void publishReturned(ObjectHeap heap, int objectId) {
        if (isFresh(objectId)) {
            publish(heap, objectId, new HashSet<>());
        }
    }

    /**
     * Instructions make at most two new objects: the second (a map entry a view holds) takes an
     * identity past every instruction index.
     */
    private static final int SECOND_OBJECT = 1 << 20;

    /** Marks the current instruction as making a second new object, and returns its identity. */
    int markSecondFresh() {
        int id = insnIndex + SECOND_OBJECT + 1;
        secondFresh.add(id);
        return id;
    }

    /** Marks the current instruction as making a new object each time it runs. */
    void markFresh() {
        freshSites.set(insnIndex);
    }

    /** Two values meeting in one heap cell. */
    TaintValue join(TaintValue value1, TaintValue value2) {
        return interpreter.merge(value1, value2);
    }

    /** The label that stands for what the caller passes as an argument. */
    Label parameterLabel(int argument) {
        return context.labels.parameter(argument);
    }

    /** Before an instruction runs: it becomes the current one, in its frame. */
    void enter(TaintFrame current, AbstractInsnNode insn) {
        frame = current;
        insnIndex = node.instructions.indexOf(insn);
        afterExecute.clear();
        consentAfterCall = false;
        returning = null;
    }

    /** After an instruction ran: alias mutations and consent reach the frame it leaves. */
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
            effects.returnedAt(insnIndex, current.heap(), returning);
            returnsSeen = true;
            allReturnsConsented &= current.consent();
        }
    }

    /** The line of the current instruction, 0 when the class has no line numbers. */
    int line() {
        return insnIndex >= 0 && insnIndex < lines.length ? lines[insnIndex] : 0;
    }

    /** The current instruction as a path step's place. */
    Anchor here(String detail) {
        return new Anchor.AtCode(method, line(), detail);
    }

    /** The type's own labels (instances of personal types), with a first step. */
    LabelSet typed(Type type, String description, Anchor anchor) {
        LabelSet labels = context.handlers.sources().instance(type);
        if (labels.isEmpty()) {
            return labels;
        }
        return labels.mapWitnesses(witness -> witness != null ? witness : Witness.start(description, anchor));
    }

    /**
     * A reference value this instruction produces: the labels given, what its type carries,
     * and the instruction as its object identity.
     */
    TaintValue reference(Type type, LabelSet labels) {
        if (type.getSort() == Type.OBJECT && isEnum(type.getInternalName())) {
            labels = constantOf(type.getInternalName(), labels);
        }
        LabelSet all = labels.union(typed(type, "gets a " + ClassNames.simple(type.getInternalName()), here("type")));
        return TaintValue.of(type, all, type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY ? insnIndex + 1 : 0);
    }

    private boolean isEnum(String internalName) {
        return !internalName.equals("java/lang/Enum") && context.hierarchy.isSubtype(internalName, "java/lang/Enum");
    }

    /**
     * An enum value is one of its constants, chosen by the data but holding none of it: a kind
     * computed from a user's type is not the user. Only an instance of the enum itself (one a
     * declaration calls personal) and data read as a value (a field) stay.
     */
    private LabelSet constantOf(String enumType, LabelSet labels) {
        return labels.filter(label -> !label.isWholeInstance() || label.holderType() == null
                || context.hierarchy.isSubtype(label.holderType(), enumType));
    }
}
