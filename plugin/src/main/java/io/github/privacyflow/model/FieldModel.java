package io.github.privacyflow.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldNode;

/** A field, or the field behind a record component. */
public final class FieldModel implements ProgramElement {

    /** A class a generic signature names, e.g. {@code Lcom/acme/Phone;} in {@code Ljava/util/List<Lcom/acme/Phone;>;}. */
    private static final Pattern CLASS_IN_SIGNATURE = Pattern.compile("L([\\w/$]+)[;<]");

    private final ClassModel owner;
    private final FieldNode node;
    private final List<AnnotationModel> annotations;

    FieldModel(ClassModel owner, FieldNode node) {
        this.owner = owner;
        this.node = node;
        this.annotations = AnnotationModel.of(node.visibleAnnotations, node.invisibleAnnotations);
    }

    /**
     * Returns the field name.
     *
     * @return the name
     */
    public String name() {
        return node.name;
    }

    /**
     * Returns the JVM type descriptor.
     *
     * @return the descriptor
     */
    public String descriptor() {
        return node.desc;
    }

    /**
     * Returns the field's type.
     *
     * @return the ASM type
     */
    public Type type() {
        return Type.getType(node.desc);
    }

    /**
     * Returns the generic signature, or {@code null}.
     *
     * @return the signature attribute
     */
    public String genericSignature() {
        return node.signature;
    }

    /**
     * The classes the field's type names: the type itself (an array's element type), and every
     * class of its generic signature ({@code List<Phone>} names {@code List} and {@code Phone}).
     *
     * @return internal names, the declared type's first
     */
    public List<String> namedClasses() {
        List<String> named = new ArrayList<>();
        Type type = type().getSort() == Type.ARRAY ? type().getElementType() : type();
        if (type.getSort() == Type.OBJECT) {
            named.add(type.getInternalName());
        }
        if (node.signature != null) {
            Matcher classes = CLASS_IN_SIGNATURE.matcher(node.signature);
            while (classes.find()) {
                named.add(classes.group(1));
            }
        }
        return named;
    }

    /**
     * Returns the compile-time constant of a {@code static final} field.
     *
     * @return the {@code ConstantValue}, or {@code null}
     */
    public Object constantValue() {
        return node.value;
    }

    /**
     * Whether the field is static.
     *
     * @return {@code true} for static fields
     */
    public boolean isStatic() {
        return (node.access & Opcodes.ACC_STATIC) != 0;
    }

    /**
     * Whether the field is declared {@code transient}: neither Java serialization nor an object
     * mapper keeps it.
     *
     * @return {@code true} for transient fields
     */
    public boolean isTransient() {
        return (node.access & Opcodes.ACC_TRANSIENT) != 0;
    }

    /**
     * Whether the field is a constant: static and final.
     *
     * @return {@code true} for constants
     */
    public boolean isConstant() {
        return isStatic() && (node.access & Opcodes.ACC_FINAL) != 0;
    }

    /**
     * Whether the compiler generated the field ({@code this$0}, {@code $VALUES}, ...).
     *
     * @return {@code true} for synthetic fields
     */
    public boolean isSynthetic() {
        return (node.access & Opcodes.ACC_SYNTHETIC) != 0;
    }

    /**
     * Whether the field is an enum constant.
     *
     * @return {@code true} for enum constants
     */
    public boolean isEnumConstant() {
        return (node.access & Opcodes.ACC_ENUM) != 0;
    }

    /**
     * Whether the field stores a record component.
     *
     * @return {@code true} for the instance fields of a record
     */
    public boolean isRecordComponent() {
        return owner.isRecord() && !isStatic();
    }

    @Override
    public List<AnnotationModel> annotations() {
        return annotations;
    }

    @Override
    public ProgramElement enclosing() {
        return owner;
    }

    @Override
    public ClassModel declaringClass() {
        return owner;
    }

    @Override
    public String displayName() {
        return owner.displayName() + "." + node.name;
    }

    @Override
    public String signature() {
        return owner.binaryName() + "#" + node.name;
    }

    @Override
    public String kindWord() {
        return isRecordComponent() ? "record component" : "field";
    }

    @Override
    public String toString() {
        return signature();
    }
}
