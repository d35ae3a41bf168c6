package io.github.privacyflow.flow.core;

import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.handlers.ReflectionOp;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.FieldModel;
import io.github.privacyflow.model.MethodModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Reflection with constant names, followed as the access it stands for: a {@code Field} or
 * {@code Method} looked up on a class literal by a constant name is remembered as that member,
 * and getting, setting or invoking it then reads the field, writes it, or calls the method, on
 * the object passed. With a name that is not a constant, the library models decide, as before.
 */
final class ReflectionTransfer {

    /** A field or method a reflection lookup named with constants. */
    record Member(boolean field, String owner, String name) {
    }

    private final MethodFlow flow;

    ReflectionTransfer(MethodFlow flow) {
        this.flow = flow;
    }

    /**
     * Applies a reflection operation.
     *
     * @param op the operation
     * @param values the call's values, receiver first
     * @param returnType the call's result type
     * @return the result, or {@code null} when the names are not constants
     */
    TaintValue apply(ReflectionOp op, List<? extends TaintValue> values, Type returnType) {
        if (values.size() < 2) {
            return null;
        }
        TaintValue receiver = values.get(0);
        switch (op) {
            case FIELD_LOOKUP, METHOD_LOOKUP:
                if (receiver.constant instanceof Type type && type.getSort() == Type.OBJECT && values.get(1).constant instanceof String name) {
                    return TaintValue.of(returnType, LabelSet.EMPTY, 0)
                            .withConstant(new Member(op == ReflectionOp.FIELD_LOOKUP, type.getInternalName(), name));
                }
                return null;
            case FIELD_GET:
                if (receiver.constant instanceof Member member && member.field()) {
                    return flow.fields.read(fieldInsn(Opcodes.GETFIELD, member), values.get(1));
                }
                return anyField(values.get(1), LabelSet.EMPTY, returnType);
            case FIELD_SET:
                if (receiver.constant instanceof Member member && member.field() && values.size() > 2) {
                    flow.fields.write(fieldInsn(Opcodes.PUTFIELD, member), values.get(1), values.get(2));
                    return TaintValue.of(Type.getObjectType("java/lang/Object"), LabelSet.EMPTY, 0);
                }
                return null;
            case METHOD_INVOKE:
                if (receiver.constant instanceof Member member && !member.field() && values.size() > 2) {
                    return invoke(member, values.get(1), values.get(2), returnType);
                }
                return values.size() > 2 ? anyField(values.get(1), values.get(2).labels, returnType) : null;
            default:
                return null;
        }
    }

    /**
     * A field or getter named at run time, of an object whose program class is known: the value
     * is one of the object's fields, so it carries what each of them holds (and their own data),
     * not the whole object. {@code null} when the class is not the program's: the library models decide.
     */
    private TaintValue anyField(TaintValue target, LabelSet passed, Type returnType) {
        if (target.type == null || target.type.getSort() != Type.OBJECT) {
            return null;
        }
        String name = target.type.getInternalName();
        if (flow.context.hierarchy.programClass(name).isEmpty()) {
            return null;
        }
        LabelSet labels = passed.union(target.labels.filter(label -> !label.isWholeInstance()));
        for (String supertype : flow.context.hierarchy.supertypes(name)) {
            Optional<ClassModel> level = flow.context.hierarchy.programClass(supertype);
            if (level.isEmpty()) {
                continue;
            }
            for (FieldModel field : level.get().fields()) {
                if (field.isStatic()) {
                    continue;
                }
                String key = flow.context.fields.key(supertype, field.name());
                labels = labels.union(flow.fields.held(target, key))
                        .union(flow.fields.ownData(supertype, field.name(), flow.context.fieldName(key)));
            }
        }
        return flow.reference(returnType, labels);
    }

    private FieldInsnNode fieldInsn(int opcode, Member member) {
        String descriptor = flow.context.hierarchy.programClass(member.owner()).flatMap(type -> type.field(member.name()))
                .map(FieldModel::descriptor).orElse("Ljava/lang/Object;");
        return new FieldInsnNode(opcode, member.owner(), member.name(), descriptor);
    }

    /** Calls the program method the member names, its arguments taken from the array where the method knows its cells. */
    private TaintValue invoke(Member member, TaintValue target, TaintValue arguments, Type returnType) {
        Optional<ClassModel> owner = flow.context.hierarchy.programClass(member.owner());
        if (owner.isEmpty()) {
            return null;
        }
        MethodModel method = null;
        for (MethodModel candidate : owner.get().methods()) {
            if (candidate.name().equals(member.name())) {
                method = candidate;
                break;
            }
        }
        if (method == null) {
            return null;
        }
        Type[] parameters = Type.getArgumentTypes(method.descriptor());
        List<TaintValue> values = new ArrayList<>();
        if (!method.isStatic()) {
            values.add(target);
        }
        boolean known = flow.containers.knowsContents(arguments);
        for (int i = 0; i < parameters.length; i++) {
            values.add(known ? flow.containers.load(arguments, TaintValue.INT.withConstant(i), parameters[i]) : arguments);
        }
        int opcode = method.isStatic() ? Opcodes.INVOKESTATIC : Opcodes.INVOKEVIRTUAL;
        TaintValue result = flow.calls.call(new MethodInsnNode(opcode, member.owner(), member.name(), method.descriptor(),
                owner.get().isInterface()), values);
        return result == null ? TaintValue.of(returnType, LabelSet.EMPTY, 0) : result;
    }
}
