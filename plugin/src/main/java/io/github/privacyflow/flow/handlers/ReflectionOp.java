package io.github.privacyflow.flow.handlers;

import java.util.Optional;

/**
 * What a reflection call does, as a library model says, so that reflection with constant names
 * is followed like the field access or call it stands for. Catalogue names are these constants'
 * names in lower case with dashes ({@code field-lookup}).
 */
public enum ReflectionOp {
    /** The result is the field a class literal receiver and a constant name argument name: {@code Class.getDeclaredField}. */
    FIELD_LOOKUP,
    /** Reads the receiver field of the object in argument 0: {@code Field.get}. */
    FIELD_GET,
    /** Writes argument 1 into the receiver field of the object in argument 0: {@code Field.set}. */
    FIELD_SET,
    /** The result is the method a class literal receiver and a constant name argument name: {@code Class.getMethod}. */
    METHOD_LOOKUP,
    /** Calls the receiver method on argument 0 with the arguments in the array argument 1: {@code Method.invoke}. */
    METHOD_INVOKE;

    /**
     * The operation a catalogue names.
     *
     * @param name the name, e.g. {@code field-get}
     * @return the operation, or empty for an unknown name
     */
    public static Optional<ReflectionOp> named(String name) {
        return CatalogNames.named(values(), name);
    }
}
