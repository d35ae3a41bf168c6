package io.github.privacyflow.model;

/**
 * A declaration findings can be reported at: a type, a field (or record component), a method
 * or a parameter.
 */
public sealed interface ProgramElement extends Annotated
        permits ClassModel, FieldModel, MethodModel, ParameterModel {

    /**
     * Returns the element that encloses this one, for suppression scopes: a member's class, a
     * nested class's outer class, a parameter's method.
     *
     * @return the enclosing element, or {@code null} for a top-level class
     */
    ProgramElement enclosing();

    /**
     * Returns the class this element belongs to (itself for a class).
     *
     * @return the declaring class
     */
    ClassModel declaringClass();

    /**
     * Returns a name for messages, e.g. {@code Student.email} or {@code RoomService.join(String)}.
     *
     * @return the display name
     */
    String displayName();

    /**
     * Returns a signature that identifies the element independently of its line, e.g.
     * {@code org.example.Student#email}; baselines key findings on it.
     *
     * @return the element signature
     */
    String signature();

    /**
     * Returns what kind of declaration this is, for messages: "type", "field", "record
     * component", "method" or "parameter".
     *
     * @return the kind word
     */
    String kindWord();
}
