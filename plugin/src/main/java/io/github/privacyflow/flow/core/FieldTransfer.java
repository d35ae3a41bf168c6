package io.github.privacyflow.flow.core;

import io.github.privacyflow.finding.Anchor;
import io.github.privacyflow.flow.ClassNames;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.Witness;
import java.util.Optional;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldInsnNode;

/**
 * Field reads and writes. A read carries the field's own data, if a source handler calls it
 * personal, and whatever the analysis so far has seen written into it anywhere in the program
 * (fields are not split by object: a field holds what any instance's field holds). A write
 * goes to the method's effects.
 */
final class FieldTransfer {

    private final MethodFlow flow;

    FieldTransfer(MethodFlow flow) {
        this.flow = flow;
    }

    /** The value a {@code getfield} or {@code getstatic} pushes, remembering the field it came from. */
    TaintValue read(FieldInsnNode insn) {
        FlowContext context = flow.context;
        Type type = Type.getType(insn.desc);
        String key = context.fields.key(insn.owner, insn.name);
        String fieldName = ClassNames.simple(insn.owner) + "." + insn.name;
        LabelSet labels = LabelSet.EMPTY;
        Optional<Label> source = context.handlers.sources().field(insn.owner, insn.name);
        if (source.isPresent()) {
            labels = LabelSet.of(source.get(), Witness.start("reads " + source.get().source().describe(),
                    flow.here("reads " + fieldName)));
        }
        LabelSet stored = context.fieldTaint.get(key);
        if (stored != null) {
            String readBack = "reads it back from " + fieldName;
            Anchor at = flow.here("reads " + fieldName);
            labels = labels.union(stored.mapWitnesses(witness -> Witness.then(witness, readBack, at)));
        }
        int tags = insn.getOpcode() == Opcodes.GETSTATIC ? context.handlers.models().staticFieldTags(insn.owner, insn.name) : 0;
        TaintValue value = type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY
                ? flow.reference(type, labels) : TaintValue.of(type, labels, 0);
        return value.withTags(tags).withField(key);
    }

    /** A {@code putfield} or {@code putstatic}: what the value carries is stored into the field. */
    void write(FieldInsnNode insn, TaintValue value) {
        if (value.labels.isEmpty()) {
            return;
        }
        String key = flow.context.fields.key(insn.owner, insn.name);
        flow.effects.storeIntoField(key, ClassNames.simple(insn.owner) + "." + insn.name, value.labels, true);
    }
}
