package io.github.privacyflow.model;

import java.util.List;
import org.objectweb.asm.Type;

/** A method or constructor parameter. */
public final class ParameterModel implements ProgramElement {

    private final MethodModel method;
    private final int index;
    private final String name;
    private final Type type;
    private final List<AnnotationModel> annotations;
    private final boolean implicit;

    ParameterModel(MethodModel method, int index, String name, Type type, List<AnnotationModel> annotations,
            boolean implicit) {
        this.method = method;
        this.index = index;
        this.name = name;
        this.type = type;
        this.annotations = annotations;
        this.implicit = implicit;
    }

    /**
     * Returns the method that declares the parameter.
     *
     * @return the method
     */
    public MethodModel method() {
        return method;
    }

    /**
     * Returns the position, counting from 0 over the descriptor's parameters.
     *
     * @return the index
     */
    public int index() {
        return index;
    }

    /**
     * Returns the name from the {@code MethodParameters} attribute or the local variable table.
     *
     * @return the name, or {@code null} when the class file does not record it
     */
    public String name() {
        return name;
    }

    /**
     * Returns the declared type.
     *
     * @return the ASM type
     */
    public Type type() {
        return type;
    }

    /**
     * Whether the compiler added the parameter (outer instance, enum name and ordinal, a
     * record's canonical constructor arguments).
     *
     * @return {@code true} for synthetic or mandated parameters
     */
    public boolean isImplicit() {
        return implicit;
    }

    @Override
    public List<AnnotationModel> annotations() {
        return annotations;
    }

    @Override
    public ProgramElement enclosing() {
        return method;
    }

    @Override
    public ClassModel declaringClass() {
        return method.declaringClass();
    }

    @Override
    public String displayName() {
        return (name != null ? name : "#" + index) + " of " + method.displayName();
    }

    @Override
    public String signature() {
        return method.signature() + "[" + index + "]";
    }

    @Override
    public String kindWord() {
        return "parameter";
    }

    @Override
    public String toString() {
        return signature();
    }
}
