package io.github.privacyflow.flow.calls;

import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.MethodModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;

/**
 * Program classes written directly with ASM, for the mutation tests of call resolution and the
 * handlers: a hierarchy shaped exactly as a test needs (cycles, 33 implementations, abstract
 * classes) without compiling any source. The code is never run or verified, only read.
 */
public final class AsmFixtures {

    private final ClassNode node = new ClassNode();
    private final List<Consumer<ClassNode>> members = new ArrayList<>();
    private int access = Opcodes.ACC_PUBLIC;
    private String superName = "java/lang/Object";
    private String[] interfaces = new String[0];

    private AsmFixtures(String name) {
        node.name = name;
    }

    /**
     * Starts a class.
     *
     * @param internalName e.g. {@code p/A}
     * @return the builder
     */
    public static AsmFixtures type(String internalName) {
        return new AsmFixtures(internalName);
    }

    public AsmFixtures extending(String name) {
        this.superName = name;
        return this;
    }

    public AsmFixtures implementing(String... names) {
        this.interfaces = names;
        return this;
    }

    public AsmFixtures asInterface() {
        access = Opcodes.ACC_PUBLIC | Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT;
        return this;
    }

    public AsmFixtures asAbstract() {
        access = Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT;
        return this;
    }

    /** A concrete instance method whose body only returns. */
    public AsmFixtures method(String name, String descriptor, String... annotations) {
        return method(Opcodes.ACC_PUBLIC, name, descriptor, code -> { }, annotations);
    }

    public AsmFixtures abstractMethod(String name, String descriptor, String... annotations) {
        return method(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, name, descriptor, null, annotations);
    }

    /**
     * A method with the given body; the final return is added.
     *
     * @param methodAccess the access flags
     * @param name the name
     * @param descriptor the descriptor
     * @param body writes the instructions, {@code null} for an abstract method
     * @param annotations descriptors of visible annotations
     * @return this builder
     */
    public AsmFixtures method(int methodAccess, String name, String descriptor, Consumer<MethodVisitor> body,
            String... annotations) {
        members.add(cls -> {
            MethodVisitor visitor = cls.visitMethod(methodAccess, name, descriptor, null, null);
            for (String annotation : annotations) {
                visitor.visitAnnotation(annotation, true).visitEnd();
            }
            if (body != null) {
                visitor.visitCode();
                body.accept(visitor);
                Type returnType = Type.getReturnType(descriptor);
                if (returnType.getSort() == Type.VOID) {
                    visitor.visitInsn(Opcodes.RETURN);
                } else {
                    visitor.visitInsn(Opcodes.ACONST_NULL);
                    visitor.visitInsn(Opcodes.ARETURN);
                }
                visitor.visitMaxs(4, 8);
            }
            visitor.visitEnd();
        });
        return this;
    }

    /**
     * Annotates the class.
     *
     * @param descriptor the annotation's descriptor
     * @param keysAndValues alternating element names and values
     * @return this builder
     */
    public AsmFixtures annotated(String descriptor, Object... keysAndValues) {
        members.add(cls -> {
            var visitor = cls.visitAnnotation(descriptor, true);
            for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
                visitor.visit((String) keysAndValues[i], keysAndValues[i + 1]);
            }
            visitor.visitEnd();
        });
        return this;
    }

    public AsmFixtures field(String name, String descriptor) {
        return field(Opcodes.ACC_PUBLIC, name, descriptor);
    }

    public AsmFixtures field(int fieldAccess, String name, String descriptor, String... annotations) {
        members.add(cls -> {
            var visitor = cls.visitField(fieldAccess, name, descriptor, null, null);
            for (String annotation : annotations) {
                visitor.visitAnnotation(annotation, true).visitEnd();
            }
            visitor.visitEnd();
        });
        return this;
    }

    public ClassModel build() {
        node.visit(Opcodes.V17, access, node.name, null, superName, interfaces);
        for (Consumer<ClassNode> member : members) {
            member.accept(node);
        }
        node.visitEnd();
        return new ClassModel(node, Path.of(node.name + ".class"));
    }

    /**
     * Finds a method of a built class.
     *
     * @param model the class
     * @param name the method's name
     * @param descriptor its descriptor
     * @return the method
     */
    public static MethodModel method(ClassModel model, String name, String descriptor) {
        return model.method(name, descriptor).orElseThrow(() -> new AssertionError(model + " has no " + name + descriptor));
    }

    /**
     * A hierarchy over some classes and the running JDK, failing the test on any diagnostic.
     *
     * @param classes the program classes
     * @return the hierarchy
     */
    public static ClassHierarchy hierarchy(ClassModel... classes) {
        return new ClassHierarchy(List.of(classes), List.of(), (file, line, problem) -> {
            throw new AssertionError(problem);
        });
    }
}
