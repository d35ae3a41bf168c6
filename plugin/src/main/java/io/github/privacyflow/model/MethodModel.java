package io.github.privacyflow.model;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.ParameterNode;

/** A method or constructor with its instructions. */
public final class MethodModel implements ProgramElement {

    private final ClassModel owner;
    private final MethodNode node;
    private final List<AnnotationModel> annotations;
    private final List<ParameterModel> parameters;
    /** Computed once: call resolution and sink keys ask for it on every call. */
    private String signature;

    MethodModel(ClassModel owner, MethodNode node) {
        this.owner = owner;
        this.node = node;
        this.annotations = AnnotationModel.of(node.visibleAnnotations, node.invisibleAnnotations);
        this.parameters = buildParameters();
    }

    private List<ParameterModel> buildParameters() {
        Type[] types = Type.getArgumentTypes(node.desc);
        if (types.length == 0) {
            return List.of();
        }
        String[] names = parameterNames(types);
        List<ParameterModel> result = new ArrayList<>(types.length);
        for (int i = 0; i < types.length; i++) {
            // Javac offsets parameter annotations for some synthetic parameters (enum and inner
            // class constructors); the annotable count says how many trailing parameters carry them.
            List<AnnotationModel> parameterAnnotations = AnnotationModel.of(
                    annotationsAt(node.visibleParameterAnnotations, node.visibleAnnotableParameterCount, types.length, i),
                    annotationsAt(node.invisibleParameterAnnotations, node.invisibleAnnotableParameterCount, types.length, i));
            boolean implicit = node.parameters != null && i < node.parameters.size()
                    && (node.parameters.get(i).access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_MANDATED)) != 0;
            result.add(new ParameterModel(this, i, names[i], types[i], parameterAnnotations, implicit));
        }
        return List.copyOf(result);
    }

    private static List<AnnotationNode> annotationsAt(List<AnnotationNode>[] perParameter, int annotableCount,
            int parameterCount, int index) {
        if (perParameter == null) {
            return null;
        }
        int shift = annotableCount > 0 ? parameterCount - annotableCount : parameterCount - perParameter.length;
        int position = index - shift;
        return position >= 0 && position < perParameter.length ? perParameter[position] : null;
    }

    private String[] parameterNames(Type[] types) {
        String[] names = new String[types.length];
        if (node.parameters != null && node.parameters.size() == types.length) {
            for (int i = 0; i < types.length; i++) {
                ParameterNode parameter = node.parameters.get(i);
                names[i] = parameter.name;
            }
            return names;
        }
        if (node.localVariables != null) {
            for (int i = 0; i < types.length; i++) {
                int slot = parameterSlot(i);
                for (LocalVariableNode local : node.localVariables) {
                    if (local.index == slot && local.start == firstLabel()) {
                        names[i] = local.name;
                    }
                }
                if (names[i] == null) {
                    for (LocalVariableNode local : node.localVariables) {
                        if (local.index == slot) {
                            names[i] = local.name;
                            break;
                        }
                    }
                }
            }
        }
        return names;
    }

    private AbstractInsnNode firstLabel() {
        return node.instructions.size() == 0 ? null : node.instructions.getFirst();
    }

    /**
     * Returns the ASM tree, with the instructions.
     *
     * @return the method node
     */
    public MethodNode node() {
        return node;
    }

    /**
     * Returns the method name; {@code <init>} for constructors.
     *
     * @return the name
     */
    public String name() {
        return node.name;
    }

    /**
     * Returns the JVM descriptor.
     *
     * @return the descriptor
     */
    public String descriptor() {
        return node.desc;
    }

    /**
     * Returns the parameters.
     *
     * @return the parameters in order
     */
    public List<ParameterModel> parameters() {
        return parameters;
    }

    /**
     * The local variable slot a parameter arrives in: after the receiver of an instance method,
     * with two slots for each {@code long} or {@code double} before it.
     *
     * @param index the parameter's index, from 0, the receiver not counted
     * @return the slot its value is loaded from
     */
    public int parameterSlot(int index) {
        int slot = isStatic() ? 0 : 1;
        Type[] types = Type.getArgumentTypes(node.desc);
        for (int i = 0; i < index; i++) {
            slot += types[i].getSize();
        }
        return slot;
    }

    /**
     * Whether the method is static.
     *
     * @return {@code true} for static methods
     */
    public boolean isStatic() {
        return (node.access & Opcodes.ACC_STATIC) != 0;
    }

    /**
     * Whether the method is private (lambda bodies are too).
     *
     * @return {@code true} for private methods
     */
    public boolean isPrivate() {
        return (node.access & Opcodes.ACC_PRIVATE) != 0;
    }

    /**
     * Whether the method has no body.
     *
     * @return {@code true} for abstract and native methods
     */
    public boolean isAbstract() {
        return (node.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0;
    }

    /**
     * Whether the compiler generated the method (bridges, lambda bodies, accessors).
     *
     * @return {@code true} for synthetic and bridge methods
     */
    public boolean isSynthetic() {
        return (node.access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0;
    }

    /**
     * Whether this is a constructor.
     *
     * @return {@code true} for {@code <init>}
     */
    public boolean isConstructor() {
        return node.name.equals("<init>");
    }

    /**
     * Whether this is a record's canonical constructor, whose parameters repeat the record
     * components (and their annotations).
     *
     * @return {@code true} for the canonical constructor of a record
     */
    public boolean isCanonicalRecordConstructor() {
        if (!isConstructor() || !owner.isRecord()) {
            return false;
        }
        StringBuilder componentTypes = new StringBuilder("(");
        for (FieldModel field : owner.fields()) {
            if (field.isRecordComponent()) {
                componentTypes.append(field.descriptor());
            }
        }
        return node.desc.equals(componentTypes.append(")V").toString());
    }

    /**
     * Whether this is the accessor a record generates for a component.
     *
     * @return {@code true} for record accessors
     */
    public boolean isRecordAccessor() {
        return owner.isRecord() && Type.getArgumentTypes(node.desc).length == 0
                && owner.field(node.name).map(FieldModel::isRecordComponent).orElse(false);
    }

    /**
     * Returns the first line number of the method's code.
     *
     * @return the line, or 0 when the class has no line numbers or the method no body
     */
    public int firstLine() {
        int first = 0;
        for (AbstractInsnNode insn : node.instructions) {
            if (insn instanceof LineNumberNode line && (first == 0 || line.line < first)) {
                first = line.line;
            }
        }
        return first;
    }

    /**
     * Returns the source line of an instruction: the closest line number before it.
     *
     * @param insn an instruction of this method
     * @return the line, or 0 when unknown
     */
    public static int lineOf(AbstractInsnNode insn) {
        for (AbstractInsnNode cursor = insn; cursor != null; cursor = cursor.getPrevious()) {
            if (cursor instanceof LineNumberNode line) {
                return line.line;
            }
        }
        return 0;
    }

    /**
     * Returns the parameter types as the source writes them, e.g. {@code (String, long[])}.
     *
     * @return the readable parameter list
     */
    public String readableParameters() {
        StringBuilder text = new StringBuilder("(");
        Type[] types = Type.getArgumentTypes(node.desc);
        for (int i = 0; i < types.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            String name = types[i].getClassName();
            text.append(name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1));
        }
        return text.append(')').toString();
    }

    /**
     * Returns the name the source uses: the class's simple name for constructors.
     *
     * @return the source name
     */
    public String sourceName() {
        return isConstructor() ? owner.simpleName() : node.name;
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
        return owner.displayName() + "." + sourceName() + readableParameters();
    }

    @Override
    public String signature() {
        if (signature == null) {
            signature = buildSignature();
        }
        return signature;
    }

    private String buildSignature() {
        StringBuilder text = new StringBuilder(owner.binaryName()).append('#').append(node.name).append('(');
        Type[] types = Type.getArgumentTypes(node.desc);
        for (int i = 0; i < types.length; i++) {
            text.append(i > 0 ? "," : "").append(types[i].getClassName());
        }
        return text.append(')').toString();
    }

    @Override
    public String kindWord() {
        return isConstructor() ? "constructor" : "method";
    }

    @Override
    public String toString() {
        return signature();
    }
}
