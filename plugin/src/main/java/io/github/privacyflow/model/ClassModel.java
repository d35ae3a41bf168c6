package io.github.privacyflow.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A class, interface, enum or record read from a class file.
 *
 * <p>It keeps the ASM tree ({@link #node()}) for analyses that need the instructions, and
 * offers the declaration-level facts the rules use.
 */
public final class ClassModel implements ProgramElement {

    private final ClassNode node;
    private final Path classFile;
    private final List<AnnotationModel> annotations;
    private final List<FieldModel> fields;
    private final List<MethodModel> methods;
    private final String simpleName;
    private final String outerName;
    private final boolean anonymous;
    private final boolean local;
    private ClassModel outer;
    /** Computed once: keys and messages ask for it often. */
    private String binaryName;

    /**
     * Builds the model of one class.
     *
     * @param node the ASM tree of the class
     * @param classFile the class file it was read from
     */
    public ClassModel(ClassNode node, Path classFile) {
        this.node = node;
        this.classFile = classFile;
        this.annotations = AnnotationModel.of(node.visibleAnnotations, node.invisibleAnnotations);
        String simple = node.name.substring(node.name.lastIndexOf('/') + 1);
        String outerOfThis = null;
        boolean isAnonymous = false;
        boolean isLocal = false;
        for (InnerClassNode inner : node.innerClasses) {
            if (inner.name.equals(node.name)) {
                if (inner.innerName == null) {
                    isAnonymous = true;
                } else {
                    simple = inner.innerName;
                    isLocal = inner.outerName == null;
                }
                outerOfThis = inner.outerName != null ? inner.outerName : node.outerClass;
            }
        }
        if (outerOfThis == null && node.nestHostClass != null) {
            outerOfThis = node.nestHostClass;
        }
        this.simpleName = simple;
        this.outerName = outerOfThis;
        this.anonymous = isAnonymous;
        this.local = isLocal;
        List<FieldModel> fieldModels = new ArrayList<>(node.fields.size());
        for (FieldNode field : node.fields) {
            fieldModels.add(new FieldModel(this, field));
        }
        this.fields = List.copyOf(fieldModels);
        List<MethodModel> methodModels = new ArrayList<>(node.methods.size());
        for (MethodNode method : node.methods) {
            methodModels.add(new MethodModel(this, method));
        }
        this.methods = List.copyOf(methodModels);
    }

    void linkOuter(ClassModel outerClass) {
        this.outer = outerClass;
    }

    /**
     * Returns the ASM tree.
     *
     * @return the class node
     */
    public ClassNode node() {
        return node;
    }

    /**
     * Returns the class file the class was read from.
     *
     * @return the absolute path of the class file
     */
    public Path classFile() {
        return classFile;
    }

    /**
     * Returns the internal name, e.g. {@code org/example/Room$Seat}.
     *
     * @return the internal name
     */
    public String internalName() {
        return node.name;
    }

    /**
     * Returns the binary name with dots, e.g. {@code org.example.Room$Seat}.
     *
     * @return the binary name
     */
    public String binaryName() {
        if (binaryName == null) {
            binaryName = node.name.replace('/', '.');
        }
        return binaryName;
    }

    /**
     * Returns the package with dots, empty for the unnamed package.
     *
     * @return the package name
     */
    public String packageName() {
        int slash = node.name.lastIndexOf('/');
        return slash < 0 ? "" : node.name.substring(0, slash).replace('/', '.');
    }

    /**
     * Returns the name written in the source: {@code Seat} for {@code Room$Seat}, and the
     * binary simple name for anonymous classes.
     *
     * @return the simple name
     */
    public String simpleName() {
        return simpleName;
    }

    /**
     * Returns the internal name of the class this one is nested in, if any.
     *
     * @return the outer class's internal name
     */
    public Optional<String> outerName() {
        return Optional.ofNullable(outerName);
    }

    /**
     * Whether this is an anonymous class.
     *
     * @return {@code true} for anonymous classes
     */
    public boolean isAnonymous() {
        return anonymous;
    }

    /**
     * Whether this is a class declared inside a method body.
     *
     * @return {@code true} for local classes and records
     */
    public boolean isLocal() {
        return local;
    }

    /**
     * Returns the {@code SourceFile} attribute, e.g. {@code Room.java}.
     *
     * @return the source file name, if the compiler recorded it as a plain file name
     */
    public Optional<String> sourceFileName() {
        // The name is joined to the source roots: one with a separator or a NUL (a corrupt class
        // file) would lead out of them, or fail as a path.
        String name = node.sourceFile;
        if (name == null || name.isEmpty() || name.equals(".") || name.equals("..")
                || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /**
     * Returns the super class's internal name.
     *
     * @return the super class, or {@code null} for {@code java/lang/Object} and modules
     */
    public String superName() {
        return node.superName;
    }

    /**
     * Returns the internal names of the directly implemented interfaces.
     *
     * @return the interfaces
     */
    public List<String> interfaces() {
        return node.interfaces;
    }

    /**
     * Returns the generic signature, if any.
     *
     * @return the signature attribute
     */
    public Optional<String> genericSignature() {
        return Optional.ofNullable(node.signature);
    }

    /**
     * Whether this is a record.
     *
     * @return {@code true} for records
     */
    public boolean isRecord() {
        return (node.access & Opcodes.ACC_RECORD) != 0;
    }

    /**
     * Tells whether the class is abstract (an interface included).
     *
     * @return whether it cannot be instantiated itself
     */
    public boolean isAbstract() {
        return (node.access & Opcodes.ACC_ABSTRACT) != 0;
    }

    /**
     * Whether this is an interface or annotation type.
     *
     * @return {@code true} for interfaces
     */
    public boolean isInterface() {
        return (node.access & Opcodes.ACC_INTERFACE) != 0;
    }

    /**
     * Whether this is an enum.
     *
     * @return {@code true} for enums
     */
    public boolean isEnum() {
        return (node.access & Opcodes.ACC_ENUM) != 0;
    }

    /**
     * Whether this is an annotation type.
     *
     * @return {@code true} for annotation types
     */
    public boolean isAnnotationType() {
        return (node.access & Opcodes.ACC_ANNOTATION) != 0;
    }

    /**
     * Whether the compiler generated the class.
     *
     * @return {@code true} for synthetic classes
     */
    public boolean isSynthetic() {
        return (node.access & Opcodes.ACC_SYNTHETIC) != 0;
    }

    /**
     * Whether this is a {@code package-info} class, which only carries package annotations.
     *
     * @return {@code true} for {@code package-info}
     */
    public boolean isPackageInfo() {
        return node.name.equals("package-info") || node.name.endsWith("/package-info");
    }

    /**
     * Returns the fields, including the fields behind record components.
     *
     * @return the fields in declaration order
     */
    public List<FieldModel> fields() {
        return fields;
    }

    /**
     * Returns the methods, constructors included.
     *
     * @return the methods in declaration order
     */
    public List<MethodModel> methods() {
        return methods;
    }

    /**
     * Finds a field by name.
     *
     * @param name the field name
     * @return the field, if declared here
     */
    public Optional<FieldModel> field(String name) {
        for (FieldModel field : fields) {
            if (field.name().equals(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds a method by name and descriptor.
     *
     * @param name the method name
     * @param descriptor the JVM descriptor
     * @return the method, if declared here
     */
    public Optional<MethodModel> method(String name, String descriptor) {
        for (MethodModel method : methods) {
            if (method.name().equals(name) && method.descriptor().equals(descriptor)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the smallest line number the class's code carries, which stands in for the
     * declaration's line when no source is available.
     *
     * @return the first line, or 0 when the class has no line numbers
     */
    public int firstCodeLine() {
        int first = 0;
        for (MethodModel method : methods) {
            int line = method.firstLine();
            if (line > 0 && (first == 0 || line < first)) {
                first = line;
            }
        }
        return first;
    }

    @Override
    public List<AnnotationModel> annotations() {
        return annotations;
    }

    @Override
    public ProgramElement enclosing() {
        return outer;
    }

    @Override
    public ClassModel declaringClass() {
        return this;
    }

    @Override
    public String displayName() {
        if (isPackageInfo()) {
            return packageName();
        }
        return outer == null || anonymous ? simpleName : outer.displayName() + "." + simpleName;
    }

    @Override
    public String signature() {
        return binaryName();
    }

    @Override
    public String kindWord() {
        if (isPackageInfo()) {
            return "package";
        }
        if (isRecord()) {
            return "record";
        }
        if (isEnum()) {
            return "enum";
        }
        return isInterface() ? "interface" : "type";
    }

    @Override
    public String toString() {
        return binaryName();
    }
}
