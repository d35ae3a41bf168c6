package io.github.privacyflow.model;

import java.util.List;
import java.util.Optional;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Checks the names and descriptors of a class ASM has read. ASM reads whatever bytes it is
 * given and leaves these checks to the JVM's verifier, so a corrupt class file can come out of
 * it with a missing superclass, a descriptor without its closing {@code ;} or a constant-pool
 * index that pointed at nothing ({@code null}). The analyses downstream trust them; a class that
 * fails here is skipped whole, with one warning, rather than failing them later method by method.
 */
final class ClassFileCheck {

    private ClassFileCheck() {
    }

    /**
     * Finds the first malformed name or descriptor of a class.
     *
     * @param node the class as ASM read it
     * @return what is malformed, in a few words, or empty when the class is well-formed
     */
    static Optional<String> problem(ClassNode node) {
        if (!isInternalName(node.name)) {
            return Optional.of("no valid class name");
        }
        boolean root = node.name.equals("java/lang/Object") || (node.access & Opcodes.ACC_MODULE) != 0;
        if (node.superName == null ? !root : !isInternalName(node.superName)) {
            return Optional.of("no valid superclass");
        }
        for (String type : node.interfaces) {
            if (!isInternalName(type)) {
                return Optional.of("an invalid interface name");
            }
        }
        // The JVM refuses such a class (ClassCircularityError); walks up the hierarchy would not end.
        if (node.name.equals(node.superName) || node.interfaces.contains(node.name)) {
            return Optional.of("a class that extends itself");
        }
        if (!annotationsValid(node.visibleAnnotations) || !annotationsValid(node.invisibleAnnotations)) {
            return Optional.of("a malformed annotation on the class");
        }
        for (FieldNode field : node.fields) {
            if (!isUnqualifiedName(field.name) || !isFieldDescriptor(field.desc)
                    || !annotationsValid(field.visibleAnnotations) || !annotationsValid(field.invisibleAnnotations)) {
                return Optional.of("a malformed field" + named(field.name));
            }
        }
        for (MethodNode method : node.methods) {
            Optional<String> problem = problem(method);
            if (problem.isPresent()) {
                return Optional.of(problem.get() + " in method" + named(method.name));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> problem(MethodNode method) {
        if (!isMethodName(method.name) || !isMethodDescriptor(method.desc)) {
            return Optional.of("a malformed name or descriptor");
        }
        if (!annotationsValid(method.visibleAnnotations) || !annotationsValid(method.invisibleAnnotations)
                || !parameterAnnotationsValid(method.visibleParameterAnnotations)
                || !parameterAnnotationsValid(method.invisibleParameterAnnotations)) {
            return Optional.of("a malformed annotation");
        }
        for (TryCatchBlockNode handler : method.tryCatchBlocks) {
            if (handler.type != null && !isInternalName(handler.type)) {
                return Optional.of("a malformed exception type");
            }
        }
        if (method.localVariables != null) {
            for (LocalVariableNode local : method.localVariables) {
                if (!isUnqualifiedName(local.name) || !isFieldDescriptor(local.desc)) {
                    return Optional.of("a malformed local variable");
                }
            }
        }
        for (AbstractInsnNode instruction : method.instructions) {
            if (!instructionValid(instruction)) {
                return Optional.of("a malformed reference in the code");
            }
        }
        return localsProblem(method);
    }

    /**
     * Checks the code against {@code max_locals}: the parameters must fit, and no instruction may
     * use a variable beyond it. The data-flow analysis sizes its frames by it and fails method by
     * method otherwise; a corrupt {@code max_stack} it can only find by running.
     */
    private static Optional<String> localsProblem(MethodNode method) {
        if (method.instructions.size() == 0) {
            return Optional.empty();
        }
        int parameterSlots = (Type.getArgumentsAndReturnSizes(method.desc) >> 2) - ((method.access & Opcodes.ACC_STATIC) != 0 ? 1 : 0);
        if (method.maxLocals < parameterSlots) {
            return Optional.of("max_locals smaller than the parameters");
        }
        for (AbstractInsnNode instruction : method.instructions) {
            int used = -1;
            if (instruction instanceof VarInsnNode variable) {
                int opcode = variable.getOpcode();
                boolean wide = opcode == Opcodes.LLOAD || opcode == Opcodes.DLOAD || opcode == Opcodes.LSTORE || opcode == Opcodes.DSTORE;
                used = variable.var + (wide ? 2 : 1);
            } else if (instruction instanceof IincInsnNode increment) {
                used = increment.var + 1;
            }
            if (used > method.maxLocals) {
                return Optional.of("a local variable beyond max_locals");
            }
        }
        return Optional.empty();
    }

    private static boolean instructionValid(AbstractInsnNode instruction) {
        if (instruction instanceof MethodInsnNode call) {
            return isReferenceType(call.owner) && isMethodName(call.name) && isMethodDescriptor(call.desc);
        }
        if (instruction instanceof FieldInsnNode access) {
            return isInternalName(access.owner) && isUnqualifiedName(access.name) && isFieldDescriptor(access.desc);
        }
        if (instruction instanceof TypeInsnNode type) {
            return isReferenceType(type.desc);
        }
        if (instruction instanceof MultiANewArrayInsnNode array) {
            return isFieldDescriptor(array.desc) && array.desc.startsWith("[");
        }
        if (instruction instanceof LdcInsnNode constant) {
            return constantValid(constant.cst);
        }
        if (instruction instanceof InvokeDynamicInsnNode dynamic) {
            if (!isUnqualifiedName(dynamic.name) || !isMethodDescriptor(dynamic.desc) || !handleValid(dynamic.bsm)) {
                return false;
            }
            for (Object argument : dynamic.bsmArgs) {
                if (!constantValid(argument)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean constantValid(Object constant) {
        if (constant == null) {
            return false;
        }
        if (constant instanceof Type type) {
            String descriptor = type.getDescriptor();
            return type.getSort() == Type.METHOD ? isMethodDescriptor(descriptor) : isFieldDescriptor(descriptor);
        }
        if (constant instanceof Handle handle) {
            return handleValid(handle);
        }
        return true;
    }

    private static boolean handleValid(Handle handle) {
        if (handle == null || !isReferenceType(handle.getOwner()) || !isMethodName(handle.getName())) {
            return false;
        }
        return handle.getTag() <= Opcodes.H_PUTSTATIC ? isFieldDescriptor(handle.getDesc()) : isMethodDescriptor(handle.getDesc());
    }

    private static boolean parameterAnnotationsValid(List<AnnotationNode>[] perParameter) {
        if (perParameter != null) {
            for (List<AnnotationNode> annotations : perParameter) {
                if (!annotationsValid(annotations)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean annotationsValid(List<AnnotationNode> annotations) {
        if (annotations != null) {
            for (AnnotationNode annotation : annotations) {
                if (annotation.desc == null || !annotation.desc.startsWith("L") || !isFieldDescriptor(annotation.desc)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A class or interface name in internal form (JVMS 4.2.1): {@code java/lang/String}. A NUL
     * is refused too: no compiler writes one, and names become file paths, where it cannot be.
     */
    static boolean isInternalName(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.endsWith("/") || name.contains("//")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.' || c == ';' || c == '[' || c == '\0') {
                return false;
            }
        }
        return true;
    }

    /** What a type instruction or a call may name: a class, or an array type's descriptor. */
    private static boolean isReferenceType(String name) {
        return name != null && (name.startsWith("[") ? isFieldDescriptor(name) : isInternalName(name));
    }

    /** A field or local variable name (JVMS 4.2.2). */
    private static boolean isUnqualifiedName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.' || c == ';' || c == '[' || c == '/' || c == '\0') {
                return false;
            }
        }
        return true;
    }

    private static boolean isMethodName(String name) {
        return name != null && (name.equals("<init>") || name.equals("<clinit>")
                || isUnqualifiedName(name) && name.indexOf('<') < 0 && name.indexOf('>') < 0);
    }

    /** A field descriptor (JVMS 4.3.2): {@code I}, {@code [J}, {@code Ljava/lang/String;}. */
    static boolean isFieldDescriptor(String descriptor) {
        return descriptor != null && fieldDescriptorEnd(descriptor, 0) == descriptor.length();
    }

    /** A method descriptor (JVMS 4.3.3): {@code (ILjava/lang/String;)V}. */
    static boolean isMethodDescriptor(String descriptor) {
        if (descriptor == null || !descriptor.startsWith("(")) {
            return false;
        }
        int position = 1;
        while (position < descriptor.length() && descriptor.charAt(position) != ')') {
            position = fieldDescriptorEnd(descriptor, position);
            if (position < 0) {
                return false;
            }
        }
        if (position >= descriptor.length()) {
            return false;
        }
        position++;
        if (position < descriptor.length() && descriptor.charAt(position) == 'V') {
            return position + 1 == descriptor.length();
        }
        return fieldDescriptorEnd(descriptor, position) == descriptor.length();
    }

    /** The end of the field descriptor starting at {@code start}, or -1 when there is none. */
    private static int fieldDescriptorEnd(String descriptor, int start) {
        int position = start;
        while (position < descriptor.length() && descriptor.charAt(position) == '[') {
            position++;
        }
        if (position - start > 255 || position >= descriptor.length()) {
            return -1;
        }
        char kind = descriptor.charAt(position);
        if ("BCDFIJSZ".indexOf(kind) >= 0) {
            return position + 1;
        }
        if (kind != 'L') {
            return -1;
        }
        int end = descriptor.indexOf(';', position);
        if (end < 0 || !isInternalName(descriptor.substring(position + 1, end))) {
            return -1;
        }
        return end + 1;
    }

    /** The name for the warning, when it is a plain Java name: a corrupt one could hold anything, even a line break. */
    private static String named(String name) {
        if (name == null || name.isEmpty() || name.length() > 100) {
            return "";
        }
        if (name.equals("<init>") || name.equals("<clinit>")) {
            return " " + name;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isJavaIdentifierPart(name.charAt(i)) || Character.isIdentifierIgnorable(name.charAt(i))) {
                return "";
            }
        }
        return " " + name;
    }
}
