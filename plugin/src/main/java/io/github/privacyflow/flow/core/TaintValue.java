package io.github.privacyflow.flow.core;

import io.github.privacyflow.flow.LabelSet;
import java.util.Arrays;
import java.util.Objects;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.Value;

/**
 * A value on the operand stack or in a local variable, as the taint analysis sees it: its
 * static type, the labels it carries, tags saying where a stream leads ({@code stdout},
 * {@code file}, {@code http}), which object it is (so a mutating call reaches every alias),
 * the field it was read from (so mutating a collection held in a field taints the field), and,
 * for a lambda, its implementation and captured arguments.
 */
final class TaintValue implements Value {

    static final TaintValue UNINITIALIZED = new TaintValue(1, null, LabelSet.EMPTY, 0, 0, null, null, null);
    static final TaintValue INT = primitive(Type.INT_TYPE);
    static final TaintValue FLOAT = primitive(Type.FLOAT_TYPE);
    static final TaintValue LONG = primitive(Type.LONG_TYPE);
    static final TaintValue DOUBLE = primitive(Type.DOUBLE_TYPE);
    static final TaintValue RETURN_ADDRESS = new TaintValue(1, Type.VOID_TYPE, LabelSet.EMPTY, 0, 0, null, null, null);
    static final Type NULL_TYPE = Type.getObjectType("null");

    final int size;
    final Type type;
    final LabelSet labels;
    final int objectId;
    final int tags;
    final String field;
    final Lambda lambda;
    /** The int or string this value certainly is (a constant index or map key), else {@code null}. */
    final Object constant;

    /**
     * A lambda or method reference: its implementation, the values it captured, in order, and the
     * name of the interface method that runs it ({@code apply}, {@code get}, {@code accept}).
     */
    record Lambda(Handle implementation, TaintValue[] captured, String method) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Lambda lambda && lambda.implementation.equals(implementation)
                    && Arrays.equals(lambda.captured, captured) && lambda.method.equals(method);
        }

        @Override
        public int hashCode() {
            return implementation.hashCode();
        }

        @Override
        public String toString() {
            return implementation.getName();
        }
    }

    private TaintValue(int size, Type type, LabelSet labels, int objectId, int tags, String field, Lambda lambda, Object constant) {
        this.size = size;
        this.type = type;
        this.labels = labels;
        this.objectId = objectId;
        this.tags = tags;
        this.field = field;
        this.lambda = lambda;
        this.constant = constant;
    }

    private static TaintValue primitive(Type type) {
        return new TaintValue(type.getSize(), type, LabelSet.EMPTY, 0, 0, null, null, null);
    }

    /**
     * Makes a value of a type.
     *
     * @param type the static type, never {@code null}
     * @param labels what it carries
     * @param objectId which object it is, 0 for none
     * @return the value; untainted primitives are shared
     */
    static TaintValue of(Type type, LabelSet labels, int objectId) {
        if (labels.isEmpty() && objectId == 0) {
            switch (type.getSort()) {
                case Type.BOOLEAN, Type.CHAR, Type.BYTE, Type.SHORT, Type.INT:
                    return INT;
                case Type.FLOAT:
                    return FLOAT;
                case Type.LONG:
                    return LONG;
                case Type.DOUBLE:
                    return DOUBLE;
                default:
                    break;
            }
        }
        Type normalised = switch (type.getSort()) {
            case Type.BOOLEAN, Type.CHAR, Type.BYTE, Type.SHORT -> Type.INT_TYPE;
            default -> type;
        };
        return new TaintValue(normalised.getSize(), normalised, labels, objectId, 0, null, null, null);
    }

    boolean isReference() {
        return type != null && (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY);
    }

    TaintValue withLabels(LabelSet newLabels) {
        return newLabels == labels ? this : new TaintValue(size, type, newLabels, objectId, tags, field, lambda, constant);
    }

    TaintValue withType(Type newType) {
        return new TaintValue(size, newType, labels, objectId, tags, field, lambda, constant);
    }

    TaintValue withTags(int newTags) {
        return newTags == tags ? this : new TaintValue(size, type, labels, objectId, newTags, field, lambda, constant);
    }

    /** The same object under another view, e.g. what a fluent builder call returns. */
    TaintValue sameObjectAs(TaintValue other) {
        return new TaintValue(size, type, labels, other.objectId, tags, other.field, lambda, constant);
    }

    TaintValue withField(String newField) {
        return new TaintValue(size, type, labels, objectId, tags, newField, lambda, constant);
    }

    /** The same value, known to be this int or string. */
    TaintValue withConstant(Object newConstant) {
        return new TaintValue(size, type, labels, objectId, tags, field, lambda, newConstant);
    }

    /** The same value as another object: a factory's result moved to an identity of its own. */
    TaintValue withObjectId(int newObjectId) {
        return new TaintValue(size, type, labels, newObjectId, tags, field, lambda, constant);
    }

    TaintValue withLambda(Lambda newLambda) {
        return new TaintValue(size, type, labels, objectId, tags, field, newLambda, constant);
    }

    /** Adds what a mutation brings in (a list's {@code add}, a builder's setter). */
    TaintValue absorb(LabelSet more, int moreTags) {
        LabelSet united = labels.union(more);
        int unitedTags = tags | moreTags;
        if (united == labels && unitedTags == tags) {
            return this;
        }
        return new TaintValue(size, type, united, objectId, unitedTags, field, lambda, constant);
    }

    /**
     * Joins two values reaching the same point; identities that differ are forgotten, except
     * that {@code null} joined with an object is that object (a null has no fields to mix up).
     */
    TaintValue join(TaintValue other, Type commonType) {
        int joinedId = objectId == other.objectId ? objectId
                : NULL_TYPE.equals(other.type) ? objectId : NULL_TYPE.equals(type) ? other.objectId : 0;
        return new TaintValue(size, commonType, labels.union(other.labels), joinedId,
                tags | other.tags, Objects.equals(field, other.field) ? field : null,
                Objects.equals(lambda, other.lambda) ? lambda : null, Objects.equals(constant, other.constant) ? constant : null);
    }

    @Override
    public int getSize() {
        return size;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof TaintValue value && value.size == size && Objects.equals(value.type, type)
                && value.objectId == objectId && value.tags == tags && value.labels.equals(labels)
                && Objects.equals(value.field, field) && Objects.equals(value.lambda, lambda)
                && Objects.equals(value.constant, constant);
    }

    @Override
    public int hashCode() {
        return Objects.hash(size, type, labels, objectId, tags);
    }

    @Override
    public String toString() {
        return (type == null ? "?" : type.getDescriptor()) + labels + (objectId != 0 ? "#" + objectId : "");
    }
}
