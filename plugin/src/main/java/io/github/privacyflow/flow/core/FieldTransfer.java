package io.github.privacyflow.flow.core;

import io.github.privacyflow.classify.ValueKinds;
import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.flow.ClassNames;
import io.github.privacyflow.flow.DataSource;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.LabelTable;
import io.github.privacyflow.flow.Witness;
import io.github.privacyflow.model.FieldModel;
import java.util.Map;
import java.util.Optional;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldInsnNode;

/**
 * Field reads and writes, on an allocation-site heap where the method knows the object and on
 * the program-wide field table where it does not.
 *
 * <ul>
 *   <li>A field of an object the method allocated, or of an object it was passed, lives in the
 *       frame's {@link ObjectHeap}: a write replaces what the field held, and a read takes what
 *       was written into that object only. A field of an argument the method has not written
 *       reads as a {@link Label.Kind#FIELD} label, which each caller binds to what its own object
 *       holds there.</li>
 *   <li>Any other object's field (one read from another field, returned by library code, found
 *       in a collection) holds what the analysis has seen written into that field anywhere in
 *       the program. Every write also goes there, so an object that escapes is still followed.</li>
 * </ul>
 *
 * <p>A read also carries the field's own data, if a source handler calls it personal.
 */
final class FieldTransfer {

    private final MethodFlow flow;

    FieldTransfer(MethodFlow flow) {
        this.flow = flow;
    }

    /**
     * The value a {@code getfield} or {@code getstatic} pushes, remembering the field it came from.
     *
     * @param insn the field instruction
     * @param receiver the object read from, {@code null} for a static field
     * @return the value
     */
    TaintValue read(FieldInsnNode insn, TaintValue receiver) {
        TaintValue value = readUnfitted(insn, receiver);
        return value.withLabels(fittingData(Type.getType(insn.desc), value.labels));
    }

    private TaintValue readUnfitted(FieldInsnNode insn, TaintValue receiver) {
        FlowContext context = flow.context;
        Type type = Type.getType(insn.desc);
        String key = context.fields.key(insn.owner, insn.name);
        String fieldName = ClassNames.simple(insn.owner) + "." + insn.name;
        LabelSet labels = ownData(insn.owner, insn.name, fieldName);
        int tags = insn.getOpcode() == Opcodes.GETSTATIC ? context.handlers.models().staticFieldTags(insn.owner, insn.name) : 0;
        boolean reference = type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY;
        if (receiver != null && TaintValue.NULL_TYPE.equals(receiver.type)) {
            // Only null reaches here (so far in the analysis): it has no fields, only the field's own data.
            return (reference ? flow.reference(type, labels) : TaintValue.of(type, labels, 0)).withTags(tags).withField(key);
        }
        if (receiver != null && flow.tracks(receiver.objectId)) {
            ObjectHeap.Cell cell = flow.frame.heap().cell(receiver.objectId, key);
            LabelSet held = cell == null || !cell.definite() ? untouched(receiver, key, fieldName) : LabelSet.EMPTY;
            if (cell != null) {
                // The value written keeps its identity: an object stored in a field is the same object read back.
                return cell.value().withLabels(labels.union(cell.value().labels).union(held)).withField(key);
            }
            TaintValue value = reference ? flow.reference(type, labels.union(held)) : TaintValue.of(type, labels.union(held), 0);
            if (type.getSort() == Type.OBJECT && MethodFlow.isArgument(receiver.objectId) && flow.context.fields.isProgramField(key)
                    && flow.context.hierarchy.programClass(type.getInternalName()).isPresent()) {
                // The object the argument's field holds: its own fields are the second step of an
                // access path. Only a program class has fields a summary can name; a string or a
                // library object stays an object this method cannot follow, as it costs nothing then.
                value = value.withObjectId(flow.argumentPath(MethodFlow.argumentOf(receiver.objectId), key));
            }
            return value.withTags(tags).withField(key);
        }
        labels = labels.union(receiver == null ? global(key, fieldName) : elsewhere(receiver, key, fieldName));
        TaintValue value = reference ? flow.reference(type, labels) : TaintValue.of(type, labels, 0);
        return value.withTags(tags).withField(key);
    }

    /**
     * What an object holds in a field, as labels: for an object this method knows, what it wrote
     * there and, where that write is not certain, what the field held before it (see
     * {@link #untouched}); for {@code null}, nothing; for any other object, what the program
     * writes into that field anywhere. A caller binding a callee's {@code FIELD} label asks this.
     *
     * @param object the object
     * @param key the field's key
     * @return the labels
     */
    LabelSet held(TaintValue object, String key) {
        return fittingData(fieldType(key), heldUnfitted(object, key));
    }

    private LabelSet heldUnfitted(TaintValue object, String key) {
        String fieldName = flow.context.fieldName(key);
        if (TaintValue.NULL_TYPE.equals(object.type)) {
            // Only null reaches here (so far in the analysis): it has no fields.
            return LabelSet.EMPTY;
        }
        if (!flow.tracks(object.objectId)) {
            return elsewhere(object, key, fieldName);
        }
        ObjectHeap.Cell cell = flow.frame.heap().cell(object.objectId, key);
        LabelSet written = cell == null ? LabelSet.EMPTY : cell.value().labels;
        return cell == null || !cell.definite() ? written.union(untouched(object, key, fieldName)) : written;
    }

    /**
     * What an object holds at the end of a two-step access path, {@code object.via.key}: the
     * object its field {@code via} holds, if this method knows it, answers for its own field
     * (a caller binding a callee's {@link Label#via()} label asks this).
     *
     * @param object the object
     * @param via the key of its field that holds the second object
     * @param key the key of the second object's field
     * @return the labels
     */
    LabelSet heldAlong(TaintValue object, String via, String key) {
        if (TaintValue.NULL_TYPE.equals(object.type) || !flow.tracks(object.objectId)) {
            // Null holds nothing, and an object this method cannot name answers from the
            // program-wide table, whatever object its first field holds: as for its own field.
            return held(object, key);
        }
        String fieldName = flow.context.fieldName(key);
        ObjectHeap.Cell cell = flow.frame.heap().cell(object.objectId, via);
        LabelSet result = LabelSet.EMPTY;
        if (cell != null) {
            result = held(cell.value(), key);
        }
        if (cell == null || !cell.definite()) {
            // What the first field held before this method wrote it, if anything.
            if (MethodFlow.isArgument(object.objectId)) {
                result = result.union(argumentField(MethodFlow.argumentOf(object.objectId), via, key, fieldName));
            } else if (MethodFlow.isArgumentPath(object.objectId) || flow.frame.heap().escaped(object.objectId)) {
                result = result.union(global(key, fieldName));
            }
        }
        return fittingData(fieldType(key), result);
    }

    /**
     * What a {@link Label.Kind#FIELD} label of a callee stands for in the object passed here.
     *
     * @param passed the value passed as the label's argument
     * @param label the callee's label
     * @return the labels
     */
    LabelSet bindField(TaintValue passed, Label label) {
        return label.via() == null ? held(passed, label.field()) : heldAlong(passed, label.via(), label.field());
    }

    /**
     * What a field of a known object holds where this method has not written it: for an
     * argument, whatever the caller's object holds (a symbol the caller binds); for an object
     * allocated here, nothing, unless it escaped to code that may have written it.
     */
    private LabelSet untouched(TaintValue receiver, String key, String fieldName) {
        if (MethodFlow.isArgumentPath(receiver.objectId)) {
            if (!flow.context.fields.isProgramField(key)) {
                return LabelSet.EMPTY;
            }
            MethodFlow.ArgumentPath path = flow.pathOf(receiver.objectId);
            return argumentField(path.argument(), path.field(), key, fieldName);
        }
        if (flow.isArgument(receiver.objectId)) {
            if (!flow.context.fields.isProgramField(key)) {
                return LabelSet.EMPTY;
            }
            return argumentField(MethodFlow.argumentOf(receiver.objectId), null, key, fieldName);
        }
        return flow.frame.heap().escaped(receiver.objectId) ? elsewhere(receiver, key, fieldName) : LabelSet.EMPTY;
    }

    /**
     * What an object's field holds where this method cannot see the write: for most fields, what
     * the program writes into the field anywhere; for a field typed by a type variable
     * ({@link #typedByTypeVariable}), the data the object itself was seen to carry (a pair taken
     * from a list of pairs holds what was put in that list), since every other use of the generic
     * class fills the same field with its own kind of data.
     */
    private LabelSet elsewhere(TaintValue object, String key, String fieldName) {
        if (!typedByTypeVariable(flow.context, key)) {
            return global(key, fieldName);
        }
        // Its data, and what a field of an argument it came from holds program-wide. Its other
        // symbols stay behind: handing every caller's symbols to each generic read made Groovy's
        // runtime a fifth slower to analyse, for no finding.
        return object.labels.only(Label.Kind.DATA).union(flow.effects.resolveFieldsGlobally(object.labels.only(Label.Kind.FIELD)));
    }

    /**
     * The symbol for what the caller's object holds in a field: of the argument itself, or, with
     * {@code via}, of the object the argument's field {@code via} holds.
     */
    private LabelSet argumentField(int argument, String via, String key, String fieldName) {
        Label label = via == null ? flow.context.labels.argumentField(argument, key) : flow.context.labels.argumentField(argument, via, key);
        String whose = via == null ? "argument " + argument : "argument " + argument + "'s " + flow.context.fieldName(via);
        return LabelSet.of(label, Witness.start("reads " + fieldName + " of " + whose, flow.here("reads " + fieldName)));
    }

    /**
     * The field's own data, when a source handler calls the field personal: what any read of it carries.
     *
     * @param owner the class the field is named by
     * @param name the field's name
     * @param fieldName the field as a step names it
     * @return the data's label with its first step, or nothing
     */
    LabelSet ownData(String owner, String name, String fieldName) {
        Optional<Label> source = flow.context.handlers.sources().field(owner, name);
        return source.isEmpty() ? LabelSet.EMPTY : LabelSet.of(source.get(),
                Witness.start("reads " + source.get().source().describe(), flow.here("reads " + fieldName)));
    }

    /**
     * What a value of the type can carry of the labels: a flag, a number or a date that data was
     * written into (a page's version, a modification time, a count) is not a name or a whole
     * object written beside it, only data that can itself be such a value ({@link DataSource#canBe}).
     * What a caller's object holds stays, seen through the scalar ({@link #seenThrough}): each
     * caller binding it keeps only its data that fits, as the same code inlined would.
     *
     * @param table the label table
     * @param type the value's type, {@code null} when unknown
     * @param labels what the value would carry
     * @return the labels it can carry
     */
    static LabelSet fitting(LabelTable table, Type type, LabelSet labels) {
        ValueKinds.Scalar scalar = scalarOf(type, labels);
        return scalar == null ? labels : fitting(table, scalar, labels, false);
    }

    /**
     * What a value of the type can carry of the data labels, symbols kept as they are: for a
     * field, whose symbol its binding fits by the field's type ({@link #held}), and for what a
     * program's method returns, which its body fitted where it computed the value.
     *
     * @param type the value's type, {@code null} when unknown
     * @param labels what the value would carry
     * @return the labels it can carry
     */
    static LabelSet fittingData(Type type, LabelSet labels) {
        ValueKinds.Scalar scalar = scalarOf(type, labels);
        if (scalar == null) {
            return labels;
        }
        return labels.filter(label -> !label.isData() || label.source().canBe(scalar));
    }

    /**
     * What a scalar value that a string is built from, or that a sink takes, can carry of the
     * labels: every symbol seen through the scalar, so that a caller binding it keeps only its
     * data that fits (a retry count read from the caller's mail, a login delay computed from
     * the attempts counted for a login name). Done only there, where such values are few, it
     * costs little; a variant of every symbol at every library call's number made Groovy's
     * runtime a tenth slower to analyse.
     *
     * @param table the label table
     * @param value the value built into a string or sunk
     * @return its labels, fitted to its kind of scalar; its labels as they are for any other value
     */
    static LabelSet asScalar(LabelTable table, TaintValue value) {
        ValueKinds.Scalar scalar = scalarOf(value.type, value.labels);
        return scalar == null ? value.labels : fitting(table, scalar, value.labels, true);
    }

    /**
     * What a symbol seen through a scalar stands for, once a caller binds it to its own labels:
     * its data that fits, and each of its symbols seen through the same scalar, so that the
     * marking reaches the caller's callers.
     *
     * @param table the label table
     * @param scalar the kind of scalar the bound symbol was seen through
     * @param bound what the caller passes for it
     * @return the caller's labels, fitted
     */
    static LabelSet boundThrough(LabelTable table, ValueKinds.Scalar scalar, LabelSet bound) {
        return fitting(table, scalar, bound, true);
    }

    /** The kind of scalar a value of the type is, {@code null} for none, an array, an unknown type or no labels to fit. */
    private static ValueKinds.Scalar scalarOf(Type type, LabelSet labels) {
        return type == null || labels.isEmpty() || type.getSort() == Type.ARRAY ? null : ValueKinds.scalar(type);
    }

    /**
     * What a scalar of the kind can carry of the labels: data that can be such a value, and
     * symbols seen through it, every one or only as {@link #seenThrough} says.
     */
    private static LabelSet fitting(LabelTable table, ValueKinds.Scalar scalar, LabelSet labels, boolean everySymbol) {
        LabelSet.Builder kept = new LabelSet.Builder();
        boolean changed = false;
        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.label(i);
            Label fitted = label.isData() ? (label.source().canBe(scalar) ? label : null)
                    : everySymbol ? table.scalar(label, scalar) : seenThrough(table, label, scalar);
            changed |= fitted != label;
            if (fitted != null) {
                kept.add(fitted, labels.witness(i));
            }
        }
        return changed ? kept.build() : labels;
    }

    /**
     * A symbol seen through a library call's scalar result: a variant only for what an
     * argument's field holds turned into a number (a character code read from a reader the
     * caller's object holds), the case that names people's data wrongly; other symbols stay as
     * they are until a string is built from the scalar or a sink takes it ({@link #asScalar}),
     * as a variant of each at every flag, date and number cost Groovy's runtime a third more
     * time. A variant already made keeps narrowing.
     */
    private static Label seenThrough(LabelTable table, Label label, ValueKinds.Scalar scalar) {
        if (label.scalar() != null || label.kind() == Label.Kind.FIELD && scalar == ValueKinds.Scalar.NUMBER) {
            return table.scalar(label, scalar);
        }
        return label;
    }

    private Type fieldType(String key) {
        return fieldType(flow.context, key);
    }

    /**
     * The declared type of a program field, by key.
     *
     * @param context the analysis
     * @param key the field's key
     * @return the type, {@code null} for a field of library code
     */
    static Type fieldType(FlowContext context, String key) {
        return context.declaredField(key).map(FieldModel::type).orElse(null);
    }

    /**
     * Whether a program field is typed by a type variable ({@code Tuple.b}, {@code Pair.second},
     * {@code Holder.value}): each use of the generic class puts its own kind of value there, so the
     * program-wide union of what is written into it is every use's data at once, and a read from
     * an object the method cannot name would hand all of it to one use. Such a field is followed
     * only on the objects the analysis knows.
     *
     * @param context the analysis
     * @param key the field's key
     * @return {@code true} for a field whose declared type is a type variable or an array of one
     */
    static boolean typedByTypeVariable(FlowContext context, String key) {
        String signature = context.declaredField(key).map(FieldModel::genericSignature).orElse(null);
        return signature != null && signature.replace("[", "").startsWith("T");
    }

    /**
     * What an object this method knows holds in its fields typed by a type variable: handed to
     * library code (added to a list), a pair takes its contents along, since those fields are not
     * followed through the program-wide table ({@link #typedByTypeVariable}).
     *
     * @param object a value
     * @return the labels of its type-variable fields, empty for an object the method does not know
     */
    LabelSet genericContents(TaintValue object) {
        if (object == null || !flow.tracks(object.objectId)) {
            return LabelSet.EMPTY;
        }
        LabelSet contents = LabelSet.EMPTY;
        for (Map.Entry<String, ObjectHeap.Cell> cell : flow.frame.heap().fieldsOf(object.objectId).entrySet()) {
            if (typedByTypeVariable(flow.context, cell.getKey())) {
                contents = contents.union(cell.getValue().value().labels);
            }
        }
        return contents;
    }

    /** A field key, {@code pkg/Owner#name}, as a path step names it: {@code Owner.name}. */
    static String displayName(String key) {
        return key.substring(key.lastIndexOf('/') + 1).replace('#', '.');
    }

    /** What the program writes into a field anywhere: the field-based view, for objects this method cannot name. */
    LabelSet global(String key, String fieldName) {
        flow.context.readsField(key, flow.method);
        LabelSet stored = flow.context.fieldTaint.get(key);
        if (stored == null) {
            return LabelSet.EMPTY;
        }
        String readBack = "reads it back from " + fieldName;
        Anchor at = flow.here("reads " + fieldName);
        return stored.mapWitnesses(witness -> Witness.then(witness, readBack, at));
    }

    /**
     * A {@code putfield} or {@code putstatic}: what the value carries is stored into the field
     * program-wide, and, for an object the method knows, into that object's field alone.
     *
     * @param insn the field instruction
     * @param receiver the object written to, {@code null} for a static field
     * @param value what is written
     */
    void write(FieldInsnNode insn, TaintValue receiver, TaintValue value) {
        String key = flow.context.fields.key(insn.owner, insn.name);
        String fieldName = ClassNames.simple(insn.owner) + "." + insn.name;
        if (receiver != null && flow.tracks(receiver.objectId)) {
            flow.frame.setHeap(flow.frame.heap().write(receiver.objectId, key, value, true, flow::join));
            if (flow.unpublished(receiver.objectId)) {
                // The object's own field until the object escapes: no other object of the class holds this.
                flow.writeUnpublished(receiver.objectId, key, flow.effects.withStoreStep(fieldName, value.labels));
                return;
            }
            if (flow.isFresh(receiver.objectId)) {
                // Escaped, or one object too many for the heap: what it held waits no longer.
                flow.escape(receiver.objectId);
            } else {
                if (MethodFlow.isArgumentPath(receiver.objectId)) {
                    // An object the caller reaches through its argument's field: the caller must know.
                    flow.effects.summary.writesThrough.add(flow.rootArgument(receiver.objectId));
                }
                // An argument's field: the caller's object holds the value now, whatever the caller does with it.
                flow.escape(value);
            }
        } else {
            // Stored where this method cannot follow it: other code may write its fields from now on.
            flow.escape(value);
        }
        if (value.labels.isEmpty()) {
            return;
        }
        int argument = receiver == null ? -1 : MethodFlow.argumentOf(receiver.objectId);
        flow.effects.storeIntoField(key, fieldName, value.labels, true, argument);
    }
}
